"""Texts for the demonstration local registers of municipal services, in three languages.

``SERVICES`` is keyed by the codes of ``reference.BASE_SERVICES``: for each base service it
says, in words a resident can follow, what the service is, who can get it, who provides it,
what it costs, how to apply and on what legal basis. Texts may hold ``{municipality}``,
filled with ``str.format``; the loader adds the council decision numbers and dates. The
reasons lists feed the proposals a council rejected or the municipality withdrew.
"""

from . import T

_LAW = (
    "Кыргыз Республикасынын 2014-жылдын 17-июлундагы № 139 «Мамлекеттик жана муниципалдык "
    "кызмат көрсөтүүлөр жөнүндө» Мыйзамы",
    "Закон Кыргызской Республики «О государственных и муниципальных услугах» от 17 июля "
    "2014 года № 139",
    "Law of the Kyrgyz Republic «On State and Municipal Services» of 17 July 2014 No. 139",
)


def _legal(ky, ru, en):
    """The law on services, then the aiyl kenesh decision, then what the service adds."""
    return T(
        f"<p>{_LAW[0]}.</p><p>{{municipality}} айылдык кеңешинин жергиликтүү кызмат "
        f"көрсөтүүлөрдүн реестрин бекитүү жөнүндө токтому.</p>{ky}",
        f"<p>{_LAW[1]}.</p><p>Постановление айылного кенеша {{municipality}} об утверждении "
        f"местного реестра муниципальных услуг.</p>{ru}",
        f"<p>{_LAW[2]}.</p><p>The decision of the {{municipality}} aiyl kenesh approving the "
        f"local register of municipal services.</p>{en}",
    )


_AO = T(
    "{municipality} айыл өкмөтү",
    "Айыл окмоту {municipality}",
    "{municipality} aiyl okmotu",
)

_AO_HOURS = T(
    "Дүйшөмбү–жума, 8:00–17:00, түшкү тыныгуу 12:00–13:00",
    "Пн–пт, 8:00–17:00, перерыв 12:00–13:00",
    "Mon–Fri, 8:00–17:00, lunch break 12:00–13:00",
)

_AO_WHERE = T(
    "{municipality} айыл өкмөтү, кабыл алуу бөлмөсү («бир терезе»)",
    "Айыл окмоту {municipality}, приёмная («одно окно»)",
    "{municipality} aiyl okmotu, reception (one-window desk)",
)

_PASSPORT = (
    "Паспорт (ID-карта)",
    "Паспорт (ID-карта)",
    "Passport (ID card)",
)


def _list(tag, items):
    """An HTML list in each language from (ky, ru, en) items."""
    return T(
        *(
            f"<{tag}>" + "".join(f"<li>{item[i]}</li>" for item in items) + f"</{tag}>"
            for i in range(3)
        )
    )


def _steps(*items):
    """Numbered steps: how to apply."""
    return _list("ol", items)


def _docs(*items):
    """A bulleted list: the documents needed."""
    return _list("ul", items)


REGISTER = {
    "title": T(
        "Муниципалдык кызмат көрсөтүүлөрдүн реестри",
        "Реестр муниципальных услуг",
        "Register of municipal services",
    ),
    "notes": T(
        "<p>Реестрде айыл өкмөтү жана анын мекемелери, муниципалдык ишканалар жана "
        "келишим боюнча иштеген уюмдар тургундарга көрсөткөн кызматтар келтирилген. Ар бир "
        "кызмат үчүн ким ала алары, ким көрсөтөрү, акысы, мөөнөтү жана кантип кайрылуу "
        "керектиги жазылган.</p><p>Реестр айылдык кеңештин токтому менен бекитилет. "
        "Тургундар жана аялуу топтор жаңы кызматты сунуштай алышат: сунуштар коомдук "
        "угууларда талкууланып, айылдык кеңеш ар бири боюнча чечим кабыл алат жана "
        "четке какса, себебин көрсөтөт.</p>",
        "<p>В реестре перечислены услуги, которые жителям оказывают айыл окмоту и его "
        "учреждения, муниципальные предприятия и организации, работающие по договору. По "
        "каждой услуге указано, кто может её получить, кто её оказывает, сколько она стоит, "
        "в какой срок и как обратиться.</p><p>Реестр утверждается постановлением айылного "
        "кенеша. Жители и уязвимые группы могут предложить новую услугу: предложения "
        "обсуждаются на публичных слушаниях, айылный кенеш принимает решение по каждому и, "
        "если отклоняет, указывает причину.</p>",
        "<p>The register lists the services that the aiyl okmotu and its institutions, "
        "municipal enterprises and contracted organisations provide to residents. For each "
        "service it says who can get it, who provides it, what it costs, how long it takes "
        "and how to apply.</p><p>The register is approved by a resolution of the aiyl "
        "kenesh. Residents and vulnerable groups can propose a new service: proposals are "
        "discussed at public hearings, and the aiyl kenesh decides on each one and gives its "
        "reasons when it turns one down.</p>",
    ),
}

SERVICES = {
    "1.1": {
        "summary": T(
            "Үйлөргө, мекемелерге жана көчө колонкаларына ичүүчү суу берүү, суу түтүгүн "
            "тейлөө жана бузулууларды оңдоо, үйдү тармакка туташтыруу.",
            "Подача питьевой воды в дома, учреждения и уличные колонки, обслуживание "
            "водопровода и устранение аварий, подключение домов к сети.",
            "Supply of drinking water to homes, institutions and street standpipes, upkeep "
            "of the pipeline, repair of breakdowns and connection of new homes.",
        ),
        "recipients": T(
            "Айыл аймагынын аймагындагы бардык тургундар жана уюмдар; аз камсыз болгон "
            "үй-бүлөлөр айылдык кеңеш бекиткен жеңилдикти алышат.",
            "Все жители и организации на территории айылного аймака; малообеспеченные семьи "
            "пользуются льготой, утверждённой айылным кенешем.",
            "All residents and organisations in the aiyl aimak; low-income families get the "
            "discount approved by the aiyl kenesh.",
        ),
        "provider_kinds": ["users_association", "municipal_enterprise"],
        "provider_names": {
            "users_association": T(
                "«{municipality}» ичүүчү сууну пайдалануучулардын коомдук бирикмеси",
                "Общественное объединение пользователей питьевой водой «{municipality}»",
                "{municipality} Drinking Water Users' Association",
            ),
            "municipal_enterprise": T(
                "{municipality} айыл өкмөтүнүн «Таза суу» муниципалдык ишканасы",
                "Муниципальное предприятие «Таза суу» айыл окмоту {municipality}",
                "Taza Suu municipal enterprise of {municipality} aiyl okmotu",
            ),
        },
        "paid": True,
        "fee_range": (8, 25),
        "fee_unit": T("сом / м³", "сом за м³", "KGS per m³"),
        "time_limit": T(
            "Суу туруктуу берилет; бузулуу 24 сааттын ичинде оңдолот; жаңы туташтыруу — "
            "арыз берилгенден тартып 10 жумуш күнүнүн ичинде.",
            "Вода подаётся постоянно; аварии устраняются в течение 24 часов; новое "
            "подключение — в течение 10 рабочих дней после заявления.",
            "Water is supplied continuously; breakdowns are repaired within 24 hours; new "
            "connections within 10 working days of the application.",
        ),
        "delivery_form": "continuous",
        "how_to_apply": T(
            "<ol><li>Кызмат көрсөтүүчүгө туташтыруу жөнүндө арыз бериңиз.</li><li>Адис "
            "үйгө келип, туташтыруунун шарттарын аныктайт.</li><li>Кызмат көрсөтүү "
            "келишимине кол коюп, эсептегич орнотуңуз.</li><li>Суу акысын ай сайын "
            "эсептегичтин көрсөткүчү боюнча төлөңүз.</li></ol>",
            "<ol><li>Подайте поставщику услуги заявление о подключении.</li><li>Специалист "
            "выезжает на место и определяет условия подключения.</li><li>Подпишите договор "
            "на оказание услуги и установите счётчик.</li><li>Оплачивайте воду ежемесячно по "
            "показаниям счётчика.</li></ol>",
            "<ol><li>Apply to the provider for a connection.</li><li>A technician visits "
            "and sets the connection terms.</li><li>Sign the service contract and have a "
            "meter installed.</li><li>Pay monthly according to the meter reading.</li></ol>",
        ),
        "documents_required": T(
            "<ul><li>Арыз</li><li>Паспорт (ID-карта)</li><li>Үйгө же жер тилкесине "
            "укукту ырастаган документ</li></ul>",
            "<ul><li>Заявление</li><li>Паспорт (ID-карта)</li><li>Документ, "
            "подтверждающий право на дом или земельный участок</li></ul>",
            "<ul><li>Application</li><li>Passport (ID card)</li><li>Proof of ownership of "
            "the house or plot</li></ul>",
        ),
        "where": T(
            "Суу пайдалануучулардын бирикмесинин же муниципалдык ишкананын кеңсеси, "
            "{municipality} айыл өкмөтүнүн имараты",
            "Офис ассоциации водопользователей или муниципального предприятия, здание айыл "
            "окмоту {municipality}",
            "Office of the water users' association or municipal enterprise, in the "
            "{municipality} aiyl okmotu building",
        ),
        "hours": T(
            "Кеңсе: дүйшөмбү–жума, 8:00–17:00; авариялык кызмат — күнү-түнү",
            "Офис: пн–пт, 8:00–17:00; аварийная служба — круглосуточно",
            "Office: Mon–Fri, 8:00–17:00; emergency line: 24 hours",
        ),
        "legal_basis": _legal(
            "<p>Тариф айылдык кеңеш тарабынан коомдук угуулардан кийин бекитилет.</p>",
            "<p>Тариф утверждается айылным кенешем после публичных слушаний.</p>",
            "<p>The tariff is approved by the aiyl kenesh after public hearings.</p>",
        ),
    },
    "1.2": {
        "summary": T(
            "Үйлөрдөн жана мекемелерден катуу тиричилик калдыктарын график боюнча чогултуп, "
            "полигонго ташып чыгаруу; көчөлөргө контейнерлерди коюу жана тазалоо.",
            "Сбор твёрдых бытовых отходов у домов и учреждений по графику и вывоз на "
            "полигон; установка и очистка контейнеров на улицах.",
            "Scheduled collection of household rubbish from homes and institutions and "
            "removal to the landfill; placing and emptying street bins.",
        ),
        "recipients": T(
            "Айыл аймагынын бардык үй-бүлөлөрү, ишканалары жана мекемелери; жалгыз жашаган "
            "кары-картаңдар акыдан бошотулат.",
            "Все домохозяйства, предприятия и учреждения айылного аймака; одинокие пожилые "
            "люди освобождаются от оплаты.",
            "All households, businesses and institutions in the aiyl aimak; elderly people "
            "living alone are exempt from the fee.",
        ),
        "provider_kinds": ["municipal_enterprise", "private"],
        "provider_names": {
            "municipal_enterprise": T(
                "{municipality} айыл өкмөтүнүн «Таза айыл» муниципалдык ишканасы",
                "Муниципальное предприятие «Таза айыл» айыл окмоту {municipality}",
                "Taza Aiyl municipal enterprise of {municipality} aiyl okmotu",
            ),
            "private": T(
                "{municipality} айыл өкмөтү менен келишим боюнча иштеген жеке ишкер",
                "Частный подрядчик по договору с айыл окмоту {municipality}",
                "Private contractor under contract with {municipality} aiyl okmotu",
            ),
        },
        "paid": True,
        "fee_range": (10, 35),
        "fee_unit": T(
            "сом / бир адамга айына",
            "сом с человека в месяц",
            "KGS per person per month",
        ),
        "time_limit": T(
            "Ар бир көчөдө жумасына жок дегенде бир жолу, бекитилген график боюнча.",
            "Не реже одного раза в неделю на каждой улице, по утверждённому графику.",
            "At least once a week on every street, on an approved timetable.",
        ),
        "delivery_form": "continuous",
        "how_to_apply": _steps(
            (
                "Айыл өкмөтүндө же кызмат көрсөтүүчүдө келишим түзүңүз.",
                "Заключите договор в айыл окмоту или у поставщика услуги.",
                "Sign a contract at the aiyl okmotu or with the provider.",
            ),
            (
                "Таштандыны графикте көрсөтүлгөн күнү контейнерге же трактор келген жерге "
                "чыгарыңыз.",
                "Выносите мусор в контейнер или к трактору в дни, указанные в графике.",
                "Put your rubbish in the bin or out for the tractor on the days in the timetable.",
            ),
            (
                "Акыны ай сайын айыл өкмөтүнүн эсебине же квитанция менен төлөңүз.",
                "Оплачивайте услугу ежемесячно на счёт айыл окмоту или по квитанции.",
                "Pay monthly into the aiyl okmotu account or against a receipt.",
            ),
        ),
        "documents_required": _docs(
            _PASSPORT,
            (
                "Үй-бүлө мүчөлөрүнүн саны тууралуу маалымат",
                "Сведения о числе членов семьи",
                "Number of people in the household",
            ),
        ),
        "where": _AO_WHERE,
        "hours": _AO_HOURS,
        "legal_basis": _legal(
            "<p>Акынын өлчөмү жана жеңилдиктер айылдык кеңештин токтому менен бекитилет.</p>",
            "<p>Размер платы и льготы утверждаются постановлением айылного кенеша.</p>",
            "<p>The fee and the exemptions are set by a resolution of the aiyl kenesh.</p>",
        ),
    },
    "1.3": {
        "summary": T(
            "Көчөлөрдү, аянттарды жана мектепке баруучу жолдорду караңгыда жарыктандыруу, "
            "чырактарды алмаштыруу жана линияны тейлөө.",
            "Освещение улиц, площадей и дорог к школе в тёмное время, замена ламп и "
            "обслуживание линии.",
            "Lighting streets, squares and roads to school after dark, replacing lamps and "
            "maintaining the line.",
        ),
        "recipients": T(
            "Айыл аймагынын бардык тургундары жана коноктору.",
            "Все жители и гости айылного аймака.",
            "Everyone who lives in or visits the aiyl aimak.",
        ),
        "provider_kinds": ["aiyl_okmotu", "private"],
        "provider_names": {
            "aiyl_okmotu": _AO,
            "private": T(
                "{municipality} айыл өкмөтү менен келишим түзгөн электр монтаждоочу уюм",
                "Электромонтажная организация по договору с айыл окмоту {municipality}",
                "Electrical contractor under contract with {municipality} aiyl okmotu",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Чырактар караңгы киргенден таң атканга чейин күйөт; күйбөй калган чырак "
            "кайрылуудан тартып 5 жумуш күнүнүн ичинде алмаштырылат.",
            "Фонари горят от сумерек до рассвета; неисправный фонарь заменяется в течение "
            "5 рабочих дней после сообщения.",
            "Lamps are on from dusk to dawn; a broken lamp is replaced within 5 working days "
            "of being reported.",
        ),
        "delivery_form": "continuous",
        "how_to_apply": _steps(
            (
                "Күйбөй калган чырак тууралуу айыл өкмөтүнө телефон, WhatsApp же жазуу "
                "жүзүндө кабарлаңыз.",
                "Сообщите о неработающем фонаре в айыл окмоту по телефону, в WhatsApp или "
                "письменно.",
                "Report a broken lamp to the aiyl okmotu by phone, WhatsApp or in writing.",
            ),
            (
                "Көчөнү жана жакынкы үйдүн дарегин көрсөтүңүз.",
                "Укажите улицу и адрес ближайшего дома.",
                "Give the street and the nearest house number.",
            ),
            (
                "Алмаштыруу мөөнөтү өтсө, биргелешкен мониторинг жана баалоо тобуна кайрылыңыз.",
                "Если срок замены истёк, обратитесь в группу совместного мониторинга и оценки.",
                "If the repair is overdue, contact the joint monitoring and evaluation group.",
            ),
        ),
        "documents_required": T(
            "<p>Документ талап кылынбайт.</p>",
            "<p>Документы не требуются.</p>",
            "<p>No documents needed.</p>",
        ),
        "where": _AO_WHERE,
        "hours": _AO_HOURS,
        "legal_basis": _legal("", "", ""),
    },
    "1.4": {
        "summary": T(
            "Айылдын ички жолдорун грейдерлөө, шагыл төшөө, чуңкурларды толтуруу, суу "
            "өткөргүчтөрдү тазалоо жана кышында кардан тазалоо.",
            "Грейдирование внутренних дорог, гравийная отсыпка, ямочный ремонт, очистка "
            "водопропускных труб и уборка снега зимой.",
            "Grading village roads, laying gravel, filling potholes, clearing culverts and "
            "clearing snow in winter.",
        ),
        "recipients": T(
            "Айыл аймагынын бардык тургундары; биринчи кезекте мектепке, "
            "фельдшердик-акушердик пунктка жана көрүстөнгө баруучу жолдор.",
            "Все жители айылного аймака; в первую очередь дороги к школе, ФАПу и кладбищу.",
            "All residents; roads to the school, health post and cemetery come first.",
        ),
        "provider_kinds": ["aiyl_okmotu", "private"],
        "provider_names": {
            "aiyl_okmotu": _AO,
            "private": T(
                "Сынак аркылуу тандалган жол курулуш уюму",
                "Дорожно-строительная организация, выбранная по конкурсу",
                "Road contractor chosen by tender",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Пландуу оңдоо жылдык план боюнча; кар жааган күндөн кийин 2 күндүн ичинде "
            "негизги көчөлөр тазаланат.",
            "Плановый ремонт по годовому плану; основные улицы расчищаются в течение 2 дней "
            "после снегопада.",
            "Planned repairs follow the annual plan; main streets are cleared within 2 days "
            "of snowfall.",
        ),
        "delivery_form": "continuous",
        "how_to_apply": _steps(
            (
                "Жолдун абалы тууралуу айыл өкмөтүнө же айылдык кеңештин депутатына кайрылыңыз.",
                "Сообщите о состоянии дороги в айыл окмоту или депутату айылного кенеша.",
                "Report the state of the road to the aiyl okmotu or to a council deputy.",
            ),
            (
                "Оңдолуучу көчөлөрдү бюджеттик угууда сунуштаңыз.",
                "Предложите улицы для ремонта на бюджетных слушаниях.",
                "Propose streets for repair at the budget hearing.",
            ),
        ),
        "documents_required": T(
            "<p>Документ талап кылынбайт.</p>",
            "<p>Документы не требуются.</p>",
            "<p>No documents needed.</p>",
        ),
        "where": _AO_WHERE,
        "hours": _AO_HOURS,
        "legal_basis": _legal("", "", ""),
    },
    "1.5": {
        "summary": T(
            "Аянттарды, сейил бактарды жана көчөлөрдү тазалоо, гүлзарларды жана дарактарды "
            "кароо, отургучтарды, урналарды жана балдар аянтчаларын оңдоо.",
            "Уборка площадей, скверов и улиц, уход за клумбами и деревьями, ремонт скамеек, "
            "урн и детских площадок.",
            "Cleaning squares, parks and streets, tending flower beds and trees, and "
            "repairing benches, bins and playgrounds.",
        ),
        "recipients": T(
            "Айыл аймагынын бардык тургундары жана коноктору.",
            "Все жители и гости айылного аймака.",
            "Everyone who lives in or visits the aiyl aimak.",
        ),
        "provider_kinds": ["aiyl_okmotu", "municipal_enterprise"],
        "provider_names": {
            "aiyl_okmotu": _AO,
            "municipal_enterprise": T(
                "{municipality} айыл өкмөтүнүн коммуналдык ишканасы",
                "Коммунальное предприятие айыл окмоту {municipality}",
                "Municipal services enterprise of {municipality} aiyl okmotu",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Борбордук аянт күн сайын тазаланат; сынган жабдуу 10 жумуш күнүнүн ичинде оңдолот.",
            "Центральная площадь убирается ежедневно; сломанное оборудование ремонтируется "
            "в течение 10 рабочих дней.",
            "The central square is cleaned daily; broken equipment is repaired within 10 "
            "working days.",
        ),
        "delivery_form": "continuous",
        "how_to_apply": _steps(
            (
                "Сынган отургуч, урна же аянтча тууралуу айыл өкмөтүнө кабарлаңыз.",
                "Сообщите в айыл окмоту о сломанной скамейке, урне или площадке.",
                "Tell the aiyl okmotu about a broken bench, bin or playground.",
            ),
            (
                "Ишембиликтерге жана ашарларга катышыңыз: алардын графиги айыл өкмөтүнүн "
                "тактасында жарыяланат.",
                "Участвуйте в субботниках и ашарах: их график вывешивается на доске айыл окмоту.",
                "Join the clean-up days and ashars: the dates are posted on the aiyl okmotu "
                "notice board.",
            ),
        ),
        "documents_required": T(
            "<p>Документ талап кылынбайт.</p>",
            "<p>Документы не требуются.</p>",
            "<p>No documents needed.</p>",
        ),
        "where": _AO_WHERE,
        "hours": _AO_HOURS,
        "legal_basis": _legal("", "", ""),
    },
    "2.1": {
        "summary": T(
            "Балдарды 3 жаштан 7 жашка чейин балдар бакчасында тарбиялоо жана мектепке "
            "даярдоо, тамак-аш менен камсыз кылуу; өзгөчө муктаждыктары бар балдар үчүн "
            "инклюзивдүү топтор.",
            "Воспитание детей от 3 до 7 лет в детском саду и подготовка к школе, питание; "
            "инклюзивные группы для детей с особыми потребностями.",
            "Care and early education for children aged 3 to 7 in kindergarten, with meals "
            "and school preparation; inclusive groups for children with special needs.",
        ),
        "recipients": T(
            "Айыл аймагында катталган 3 жаштан 7 жашка чейинки балдар; аз камсыз болгон, "
            "көп балалуу үй-бүлөлөрдүн жана ден соолугунун мүмкүнчүлүгү чектелген балдар "
            "кезексиз кабыл алынат.",
            "Дети от 3 до 7 лет, зарегистрированные в айылном аймаке; дети из "
            "малообеспеченных и многодетных семей и дети с инвалидностью принимаются вне "
            "очереди.",
            "Children aged 3 to 7 registered in the aiyl aimak; children from low-income and "
            "large families and children with disabilities are admitted first.",
        ),
        "provider_kinds": ["institution", "private"],
        "provider_names": {
            "institution": T(
                "{municipality} айыл өкмөтүнүн муниципалдык балдар бакчасы",
                "Муниципальный детский сад айыл окмоту {municipality}",
                "Municipal kindergarten of {municipality} aiyl okmotu",
            ),
            "private": T(
                "{municipality} айыл өкмөтү менен келишим түзгөн жамааттык балдар бакчасы",
                "Общинный детский сад по договору с айыл окмоту {municipality}",
                "Community kindergarten under contract with {municipality} aiyl okmotu",
            ),
        },
        "paid": True,
        "fee_range": (400, 1500),
        "fee_unit": T(
            "сом / айына (тамак-аш үчүн ата-энелердин төлөмү)",
            "сом в месяц (родительская плата за питание)",
            "KGS per month (parents' contribution for meals)",
        ),
        "time_limit": T(
            "Орун бар болсо, арыз берилгенден тартып 10 жумуш күнүнүн ичинде кабыл алынат; "
            "орун жок болсо, бала кезекке катталат.",
            "При наличии мест ребёнок принимается в течение 10 рабочих дней после "
            "заявления; если мест нет, ставится в очередь.",
            "If there is a place, the child is admitted within 10 working days of applying; "
            "if not, the child goes on the waiting list.",
        ),
        "delivery_form": "in_person",
        "how_to_apply": _steps(
            (
                "Балдар бакчасына же айыл өкмөтүнө арыз бериңиз.",
                "Подайте заявление в детский сад или айыл окмоту.",
                "Apply to the kindergarten or the aiyl okmotu.",
            ),
            (
                "Баланы медициналык кароодон өткөрүңүз.",
                "Пройдите с ребёнком медицинский осмотр.",
                "Take the child for a medical check-up.",
            ),
            (
                "Балдар бакчасы менен келишим түзүп, ата-энелердин төлөмүн айына бир жолу төлөңүз.",
                "Заключите договор с детским садом и вносите родительскую плату раз в месяц.",
                "Sign an agreement with the kindergarten and pay the parents' contribution "
                "monthly.",
            ),
        ),
        "documents_required": _docs(
            (
                "Ата-эненин арызы",
                "Заявление родителя",
                "Application from a parent",
            ),
            (
                "Баланын туулгандыгы тууралуу күбөлүгү",
                "Свидетельство о рождении ребёнка",
                "The child's birth certificate",
            ),
            (
                "Баланын ден соолугу тууралуу медициналык маалымкат жана эмдөө картасы",
                "Медицинская справка о здоровье ребёнка и карта прививок",
                "Medical certificate and vaccination record",
            ),
            (
                "Жеңилдик үчүн: үй-бүлөнүн аз камсыз экенин же майыптуулукту ырастаган документ",
                "Для льготы: документ о малообеспеченности семьи или об инвалидности",
                "For a discount: proof of low income or of disability",
            ),
        ),
        "where": T(
            "{municipality} айыл аймагындагы муниципалдык балдар бакчалары",
            "Муниципальные детские сады айылного аймака {municipality}",
            "Municipal kindergartens of {municipality} aiyl aimak",
        ),
        "hours": T(
            "Дүйшөмбү–жума, 7:30–18:00",
            "Пн–пт, 7:30–18:00",
            "Mon–Fri, 7:30–18:00",
        ),
        "legal_basis": _legal(
            "<p>Ата-энелердин төлөмүнүн өлчөмү жана жеңилдиктер айылдык кеңештин токтому "
            "менен бекитилет.</p>",
            "<p>Размер родительской платы и льготы утверждаются постановлением айылного "
            "кенеша.</p>",
            "<p>The parents' contribution and discounts are set by a resolution of the aiyl "
            "kenesh.</p>",
        ),
    },
    "2.2": {
        "summary": T(
            "Мектептен алыс жашаган окуучуларды жана балдар бакчасынын балдарын мектеп "
            "автобусу менен эртең менен алып барып, сабактан кийин үйгө жеткирүү.",
            "Подвоз школьников и детей детского сада, живущих далеко от школы, на школьном "
            "автобусе утром и обратно после занятий.",
            "Taking pupils and kindergarten children who live far from school there by school "
            "bus in the morning and home after lessons.",
        ),
        "recipients": T(
            "Мектептен 3 кмден ашык алыс жашаган окуучулар; ден соолугунун мүмкүнчүлүгү "
            "чектелген балдар аралыкка карабастан.",
            "Ученики, живущие дальше 3 км от школы; дети с инвалидностью — независимо от "
            "расстояния.",
            "Pupils living more than 3 km from school; children with disabilities regardless "
            "of distance.",
        ),
        "provider_kinds": ["aiyl_okmotu", "municipal_enterprise", "private"],
        "provider_names": {
            "aiyl_okmotu": _AO,
            "municipal_enterprise": T(
                "{municipality} айыл өкмөтүнүн коммуналдык ишканасы",
                "Коммунальное предприятие айыл окмоту {municipality}",
                "Municipal services enterprise of {municipality} aiyl okmotu",
            ),
            "private": T(
                "{municipality} айыл өкмөтү менен келишим боюнча ташуучу",
                "Перевозчик по договору с айыл окмоту {municipality}",
                "Transport operator under contract with {municipality} aiyl okmotu",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Окуу жылы бою, сабак күндөрү, бекитилген каттам графиги боюнча.",
            "В течение учебного года, в учебные дни, по утверждённому расписанию.",
            "Throughout the school year on school days, on the approved timetable.",
        ),
        "delivery_form": "continuous",
        "how_to_apply": _steps(
            (
                "Мектептин директоруна баланы ташуу тизмесине киргизүү жөнүндө арыз бериңиз.",
                "Подайте директору школы заявление о включении ребёнка в список подвоза.",
                "Ask the head teacher in writing to add your child to the transport list.",
            ),
            (
                "Мектеп тизмени айыл өкмөтүнө жөнөтөт, бала жакынкы аялдамага бекитилет.",
                "Школа передаёт список в айыл окмоту, ребёнка закрепляют за ближайшей остановкой.",
                "The school sends the list to the aiyl okmotu and the child is assigned to the "
                "nearest stop.",
            ),
        ),
        "documents_required": _docs(
            (
                "Ата-эненин арызы",
                "Заявление родителя",
                "Application from a parent",
            ),
            (
                "Баланын туулгандыгы тууралуу күбөлүгү",
                "Свидетельство о рождении ребёнка",
                "The child's birth certificate",
            ),
        ),
        "where": T(
            "{municipality} айыл аймагынын мектептери",
            "Школы айылного аймака {municipality}",
            "Schools of {municipality} aiyl aimak",
        ),
        "hours": T(
            "Каттамдар 7:30дан жана сабактар бүткөндөн кийин",
            "Рейсы с 7:30 и после окончания уроков",
            "Runs from 7:30 and after the end of lessons",
        ),
        "legal_basis": _legal("", "", ""),
    },
    "2.3": {
        "summary": T(
            "Балдар үчүн акысыз ийримдер жана студиялар: комуз, бий, сүрөт, шахмат, "
            "компьютер, робототехника ж.б.",
            "Бесплатные кружки и студии для детей: комуз, танцы, рисование, шахматы, "
            "компьютер, робототехника и другие.",
            "Free clubs and studios for children: komuz, dance, drawing, chess, computers, "
            "robotics and more.",
        ),
        "recipients": T(
            "6 жаштан 17 жашка чейинки балдар жана өспүрүмдөр; аз камсыз болгон "
            "үй-бүлөлөрдүн жана ден соолугунун мүмкүнчүлүгү чектелген балдар биринчи "
            "кезекте кабыл алынат.",
            "Дети и подростки от 6 до 17 лет; дети из малообеспеченных семей и дети с "
            "инвалидностью принимаются в первую очередь.",
            "Children and teenagers aged 6 to 17; children from low-income families and "
            "children with disabilities are admitted first.",
        ),
        "provider_kinds": ["institution"],
        "provider_names": {
            "institution": T(
                "{municipality} айыл аймагынын маданият үйү жана китепканасы",
                "Дом культуры и библиотека айылного аймака {municipality}",
                "Culture house and library of {municipality} aiyl aimak",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Окуу жылы бою, ийримдин графиги боюнча; жазылуу — ар бир айдын башында.",
            "В течение учебного года по расписанию кружка; запись — в начале каждого месяца.",
            "Throughout the school year on the club timetable; sign-up at the start of each month.",
        ),
        "delivery_form": "in_person",
        "how_to_apply": _steps(
            (
                "Ийримдин жетекчисине же маданият үйүнүн администраторуна кайрылыңыз.",
                "Обратитесь к руководителю кружка или администратору дома культуры.",
                "Contact the club leader or the culture house administrator.",
            ),
            (
                "Ата-эненин макулдугу менен баланы тизмеге каттаңыз.",
                "Запишите ребёнка в список с согласия родителя.",
                "Sign the child up with a parent's consent.",
            ),
        ),
        "documents_required": _docs(
            (
                "Ата-эненин макулдугу (оозеки же жазуу жүзүндө)",
                "Согласие родителя (устное или письменное)",
                "A parent's consent (spoken or written)",
            ),
        ),
        "where": T(
            "{municipality} айыл аймагынын маданият үйү жана айылдык китепкана",
            "Дом культуры и сельская библиотека айылного аймака {municipality}",
            "Culture house and village library of {municipality} aiyl aimak",
        ),
        "hours": T(
            "Дүйшөмбү–ишемби, 14:00–18:00",
            "Пн–сб, 14:00–18:00",
            "Mon–Sat, 14:00–18:00",
        ),
        "legal_basis": _legal("", "", ""),
    },
    "3.1": {
        "summary": T(
            "Айылдык майрамдарды, концерттерди, көргөзмөлөрдү жана эл чыгармачылыгынын "
            "кечелерин уюштуруу; маданият үйүнүн залын коомдук иш-чараларга берүү.",
            "Организация сельских праздников, концертов, выставок и вечеров народного "
            "творчества; предоставление зала дома культуры для общественных мероприятий.",
            "Organising village festivals, concerts, exhibitions and folk evenings, and "
            "making the culture house hall available for community events.",
        ),
        "recipients": T(
            "Айыл аймагынын бардык тургундары, жамааттык уюмдар жана демилгелүү топтор.",
            "Все жители айылного аймака, общественные организации и инициативные группы.",
            "All residents, community organisations and initiative groups.",
        ),
        "provider_kinds": ["institution"],
        "provider_names": {
            "institution": T(
                "{municipality} айыл аймагынын маданият үйү",
                "Дом культуры айылного аймака {municipality}",
                "Culture house of {municipality} aiyl aimak",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Майрамдык иш-чаралар жылдык план боюнча; залды коомдук иш-чарага берүү "
            "жөнүндө жооп — 3 жумуш күнүнүн ичинде.",
            "Праздничные мероприятия по годовому плану; ответ о предоставлении зала для "
            "общественного мероприятия — в течение 3 рабочих дней.",
            "Festivals follow the annual plan; a reply on using the hall for a community "
            "event within 3 working days.",
        ),
        "delivery_form": "in_person",
        "how_to_apply": _steps(
            (
                "Маданият үйүнүн директоруна иш-чаранын күнүн жана максатын көрсөтүп кайрылыңыз.",
                "Обратитесь к директору дома культуры, указав дату и цель мероприятия.",
                "Contact the culture house director with the date and purpose of the event.",
            ),
            (
                "Залдын графиги боюнча убакытты макулдашыңыз.",
                "Согласуйте время по графику зала.",
                "Agree a time slot on the hall timetable.",
            ),
        ),
        "documents_required": _docs(
            (
                "Уюмдан же демилгелүү топтон кат (зал үчүн)",
                "Письмо от организации или инициативной группы (для зала)",
                "A letter from the organisation or initiative group (for the hall)",
            ),
        ),
        "where": T(
            "{municipality} айыл аймагынын маданият үйү",
            "Дом культуры айылного аймака {municipality}",
            "Culture house of {municipality} aiyl aimak",
        ),
        "hours": T(
            "Шейшемби–жекшемби, 10:00–19:00",
            "Вт–вс, 10:00–19:00",
            "Tue–Sun, 10:00–19:00",
        ),
        "legal_basis": _legal("", "", ""),
    },
    "3.2": {
        "summary": T(
            "Китептерди окуу залында окуу жана үйгө алуу, интернетке жана компьютерге "
            "акысыз жетүү, балдар үчүн окуу иш-чаралары.",
            "Чтение в читальном зале и выдача книг на дом, бесплатный доступ к интернету и "
            "компьютеру, читательские мероприятия для детей.",
            "Reading room and book lending, free internet and computer access, and reading "
            "activities for children.",
        ),
        "recipients": T(
            "Айыл аймагынын бардык тургундары; кары-картаңдарга жана ден соолугунун "
            "мүмкүнчүлүгү чектелген адамдарга китептер үйгө жеткирилет.",
            "Все жители айылного аймака; пожилым людям и людям с инвалидностью книги "
            "доставляются на дом.",
            "All residents; books are delivered to the homes of elderly people and people "
            "with disabilities.",
        ),
        "provider_kinds": ["institution"],
        "provider_names": {
            "institution": T(
                "{municipality} айыл аймагынын китепканасы",
                "Библиотека айылного аймака {municipality}",
                "Library of {municipality} aiyl aimak",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Окурмандык билет кайрылган күнү берилет; китеп 14 күнгө берилет.",
            "Читательский билет оформляется в день обращения; книги выдаются на 14 дней.",
            "A library card is issued the same day; books are lent for 14 days.",
        ),
        "delivery_form": "in_person",
        "how_to_apply": _steps(
            (
                "Китепканага келип, окурмандык билет алыңыз.",
                "Придите в библиотеку и оформите читательский билет.",
                "Come to the library and get a library card.",
            ),
            (
                "Китепти тандап, формулярга каттатыңыз.",
                "Выберите книгу и запишите её в формуляр.",
                "Choose your books and have them recorded on your card.",
            ),
        ),
        "documents_required": _docs(
            _PASSPORT,
            (
                "Балдар үчүн — ата-эненин паспорту",
                "Для детей — паспорт родителя",
                "For children, a parent's passport",
            ),
        ),
        "where": T(
            "{municipality} айыл аймагынын айылдык китепканасы",
            "Сельская библиотека айылного аймака {municipality}",
            "Village library of {municipality} aiyl aimak",
        ),
        "hours": T(
            "Дүйшөмбү–ишемби, 9:00–18:00",
            "Пн–сб, 9:00–18:00",
            "Mon–Sat, 9:00–18:00",
        ),
        "legal_basis": _legal("", "", ""),
    },
    "3.3": {
        "summary": T(
            "Спорт аянтчаларын жана залдарды кармоо, аларды балдарга жана жаштарга акысыз "
            "берүү, айылдык жана аймактык спорттук мелдештерди уюштуруу.",
            "Содержание спортивных площадок и залов, бесплатный доступ к ним для детей и "
            "молодёжи, организация сельских и межсельских соревнований.",
            "Looking after sports grounds and halls, free access for children and young "
            "people, and organising village and inter-village competitions.",
        ),
        "recipients": T(
            "Айыл аймагынын балдары, жаштары жана бардык тургундары; кыздар жана аялдар "
            "үчүн өзүнчө убакыт бөлүнөт.",
            "Дети, молодёжь и все жители айылного аймака; для девушек и женщин выделено "
            "отдельное время.",
            "Children, young people and all residents; separate hours are set aside for "
            "girls and women.",
        ),
        "provider_kinds": ["institution", "aiyl_okmotu"],
        "provider_names": {
            "institution": T(
                "{municipality} айыл аймагынын орто мектеби",
                "Средняя школа айылного аймака {municipality}",
                "Secondary school of {municipality} aiyl aimak",
            ),
            "aiyl_okmotu": _AO,
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Аянтчалар графикке ылайык күн сайын ачык; мелдештер жылдык план боюнча.",
            "Площадки открыты ежедневно по графику; соревнования — по годовому плану.",
            "Grounds are open daily on a timetable; competitions follow the annual plan.",
        ),
        "delivery_form": "in_person",
        "how_to_apply": _steps(
            (
                "Аянтчанын графигин мектептен же айыл өкмөтүнөн билиңиз.",
                "Узнайте график площадки в школе или айыл окмоту.",
                "Find the timetable at the school or the aiyl okmotu.",
            ),
            (
                "Команда менен мелдешке катышуу үчүн жаштар адисине тизме тапшырыңыз.",
                "Для участия в соревнованиях сдайте список команды специалисту по делам молодёжи.",
                "To enter a competition, give your team list to the youth officer.",
            ),
        ),
        "documents_required": T(
            "<p>Документ талап кылынбайт.</p>",
            "<p>Документы не требуются.</p>",
            "<p>No documents needed.</p>",
        ),
        "where": T(
            "{municipality} айыл аймагынын спорт аянтчалары жана мектептин спорт залы",
            "Спортивные площадки айылного аймака {municipality} и школьный спортзал",
            "Sports grounds of {municipality} aiyl aimak and the school gym",
        ),
        "hours": T(
            "Күн сайын, 8:00–21:00",
            "Ежедневно, 8:00–21:00",
            "Daily, 8:00–21:00",
        ),
        "legal_basis": _legal("", "", ""),
    },
    "4.1": {
        "summary": T(
            "Аз камсыз болгон үй-бүлөлөргө ичүүчү суу жана таштанды чыгаруу акысынын бир "
            "бөлүгүн жергиликтүү бюджеттен төлөп берүү.",
            "Оплата из местного бюджета части платы за питьевую воду и вывоз мусора для "
            "малообеспеченных семей.",
            "The local budget pays part of the water and rubbish collection bills of "
            "low-income households.",
        ),
        "recipients": T(
            "Аз камсыз болгон жана көп балалуу үй-бүлөлөр, жалгыз жашаган кары-картаңдар, "
            "ден соолугунун мүмкүнчүлүгү чектелген адамдар бар үй-бүлөлөр.",
            "Малообеспеченные и многодетные семьи, одинокие пожилые люди, семьи, где есть "
            "люди с инвалидностью.",
            "Low-income and large families, elderly people living alone, and households with "
            "a member with a disability.",
        ),
        "provider_kinds": ["aiyl_okmotu"],
        "provider_names": {
            "aiyl_okmotu": T(
                "{municipality} айыл өкмөтүнүн социалдык бөлүмү",
                "Социальный отдел айыл окмоту {municipality}",
                "Social department of {municipality} aiyl okmotu",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Арыз 15 жумуш күнүнүн ичинде каралат; жеңилдик бир жылга берилет.",
            "Заявление рассматривается в течение 15 рабочих дней; льгота предоставляется на "
            "один год.",
            "Applications are decided within 15 working days; the discount is granted for "
            "one year.",
        ),
        "delivery_form": "in_person",
        "how_to_apply": _steps(
            (
                "Айыл өкмөтүнүн социалдык кызматкерине арыз бериңиз.",
                "Подайте заявление социальному работнику айыл окмоту.",
                "Apply to the aiyl okmotu's social worker.",
            ),
            (
                "Социалдык кызматкер үйгө келип, турмуш шартын карайт.",
                "Социальный работник посещает семью и оценивает условия жизни.",
                "The social worker visits and assesses the household's circumstances.",
            ),
            (
                "Комиссия чечим чыгарат, жеңилдик суу жана таштанды акысына автоматтык "
                "түрдө колдонулат.",
                "Комиссия принимает решение, и льгота автоматически применяется к плате за "
                "воду и вывоз мусора.",
                "A committee decides, and the discount is applied automatically to the water "
                "and rubbish bills.",
            ),
        ),
        "documents_required": _docs(
            (
                "Арыз",
                "Заявление",
                "Application",
            ),
            _PASSPORT,
            (
                "Үй-бүлөнүн курамы тууралуу маалымкат (чарба китебинен)",
                "Справка о составе семьи (из похозяйственной книги)",
                "Household composition certificate (from the household book)",
            ),
            (
                "Киреше тууралуу маалымкат же социалдык жөлөкпул алгандыгы тууралуу документ",
                "Справка о доходах или документ о получении социального пособия",
                "Proof of income or of receiving a social benefit",
            ),
        ),
        "where": _AO_WHERE,
        "hours": _AO_HOURS,
        "legal_basis": _legal(
            "<p>Жеңилдиктин өлчөмү жана аны алуучулардын категориялары айылдык кеңештин "
            "токтому менен бекитилет.</p>",
            "<p>Размер льготы и категории получателей утверждаются постановлением айылного "
            "кенеша.</p>",
            "<p>The size of the discount and who qualifies are set by a resolution of the "
            "aiyl kenesh.</p>",
        ),
    },
    "4.2": {
        "summary": T(
            "Жалгыз жашаган кары-картаңдарга үйдө жардам: азык-түлүк жана дары алып келүү, "
            "үй тазалоо, отун жеткирүү, врачка коштоп баруу.",
            "Помощь на дому одиноким пожилым людям: доставка продуктов и лекарств, уборка, "
            "доставка топлива, сопровождение к врачу.",
            "Help at home for elderly people living alone: bringing food and medicine, "
            "cleaning, delivering fuel and going with them to the doctor.",
        ),
        "recipients": T(
            "Жалгыз жашаган жана өзүн-өзү кароого мүмкүнчүлүгү чектелген кары-картаңдар "
            "жана ден соолугунун мүмкүнчүлүгү чектелген адамдар.",
            "Одинокие пожилые люди и люди с инвалидностью, частично утратившие способность "
            "к самообслуживанию.",
            "Elderly people and people with disabilities who live alone and cannot fully "
            "look after themselves.",
        ),
        "provider_kinds": ["aiyl_okmotu", "private"],
        "provider_names": {
            "aiyl_okmotu": T(
                "{municipality} айыл өкмөтүнүн социалдык бөлүмү",
                "Социальный отдел айыл окмоту {municipality}",
                "Social department of {municipality} aiyl okmotu",
            ),
            "private": T(
                "{municipality} айыл өкмөтү менен социалдык келишим боюнча коомдук уюм",
                "Общественная организация по социальному заказу айыл окмоту {municipality}",
                "NGO under a social contract with {municipality} aiyl okmotu",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Арыз 10 жумуш күнүнүн ичинде каралат; социалдык кызматкер жумасына эки-үч жолу келет.",
            "Заявление рассматривается в течение 10 рабочих дней; социальный работник "
            "приходит два-три раза в неделю.",
            "Applications are decided within 10 working days; a care worker visits two or "
            "three times a week.",
        ),
        "delivery_form": "at_home",
        "how_to_apply": _steps(
            (
                "Айыл өкмөтүнө өзүңүз, туугандарыңыз же кошуналарыңыз аркылуу кайрылыңыз.",
                "Обратитесь в айыл окмоту сами или через родственников либо соседей.",
                "Contact the aiyl okmotu yourself or through relatives or neighbours.",
            ),
            (
                "Социалдык кызматкер үйгө келип, кандай жардам керек экенин аныктайт.",
                "Социальный работник приходит на дом и определяет, какая помощь нужна.",
                "A social worker visits and works out what help is needed.",
            ),
            (
                "Жардамдын графиги жазылып, ага кол коюлат.",
                "Составляется и подписывается график помощи.",
                "A care schedule is drawn up and signed.",
            ),
        ),
        "documents_required": _docs(
            _PASSPORT,
            (
                "Пенсиялык күбөлүк же майыптуулук тууралуу маалымкат",
                "Пенсионное удостоверение или справка об инвалидности",
                "Pension card or disability certificate",
            ),
        ),
        "where": T(
            "Кызмат үйдө көрсөтүлөт; арыз — {municipality} айыл өкмөтүндө",
            "Услуга оказывается на дому; заявление — в айыл окмоту {municipality}",
            "Provided at home; apply at {municipality} aiyl okmotu",
        ),
        "hours": _AO_HOURS,
        "legal_basis": _legal("", "", ""),
    },
    "5.1": {
        "summary": T(
            "Чарба китебинин негизинде маалымкаттарды жана көчүрмөлөрдү берүү: үй-бүлөнүн "
            "курамы, жашаган жери, жер тилкеси жана мал-жандык тууралуу.",
            "Выдача справок и выписок на основании похозяйственной книги: о составе семьи, "
            "месте жительства, земельном участке и скоте.",
            "Certificates and extracts based on the household book: household composition, "
            "place of residence, land plot and livestock.",
        ),
        "recipients": T(
            "Айыл аймагынын чарба китебинде катталган тургундар же алардын ишеним кат "
            "менен өкүлдөрү.",
            "Жители, записанные в похозяйственной книге айылного аймака, или их "
            "представители по доверенности.",
            "Residents recorded in the aiyl aimak's household book, or their representatives "
            "with a power of attorney.",
        ),
        "provider_kinds": ["aiyl_okmotu"],
        "provider_names": {"aiyl_okmotu": _AO},
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Кайрылган күнү; архивдик маалымат керек болсо — 3 жумуш күнүнүн ичинде.",
            "В день обращения; если нужны архивные сведения — в течение 3 рабочих дней.",
            "The same day; within 3 working days if archive records are needed.",
        ),
        "delivery_form": "in_person",
        "how_to_apply": _steps(
            (
                "Айыл өкмөтүнүн «бир терезесине» же көчмө кабыл алууга келиңиз.",
                "Придите в «одно окно» айыл окмоту или на выездной приём.",
                "Come to the aiyl okmotu's one-window desk or to a mobile reception.",
            ),
            (
                "Кандай маалымкат жана кайсы мекеме үчүн керек экенин айтыңыз.",
                "Скажите, какая справка нужна и для какого учреждения.",
                "Say which certificate you need and what it is for.",
            ),
            (
                "Маалымкатты кол коюлган жана мөөр басылган түрүндө алыңыз.",
                "Получите справку с подписью и печатью.",
                "Collect the signed and stamped certificate.",
            ),
        ),
        "documents_required": _docs(
            _PASSPORT,
            (
                "Өкүл үчүн — нотариалдык ишеним кат",
                "Для представителя — нотариальная доверенность",
                "For a representative, a notarised power of attorney",
            ),
        ),
        "where": _AO_WHERE,
        "hours": _AO_HOURS,
        "legal_basis": _legal("", "", ""),
    },
    "5.2": {
        "summary": T(
            "Жергиликтүү бюджет жана анын аткарылышы тууралуу жөнөкөй тилде маалымдоо: "
            "жарандык бюджет, маалымат такталары, бюджеттик угуулардын жарыялары жана "
            "отчеттор.",
            "Информирование жителей о местном бюджете и его исполнении простым языком: "
            "гражданский бюджет, информационные стенды, объявления о бюджетных слушаниях и "
            "отчёты.",
            "Plain-language information on the local budget and how it is spent: the "
            "citizens' budget, notice boards, budget hearing notices and reports.",
        ),
        "recipients": T(
            "Айыл аймагынын бардык тургундары жана уюмдары.",
            "Все жители и организации айылного аймака.",
            "All residents and organisations of the aiyl aimak.",
        ),
        "provider_kinds": ["aiyl_okmotu"],
        "provider_names": {
            "aiyl_okmotu": T(
                "{municipality} айыл өкмөтүнүн финансы-экономика бөлүмү",
                "Финансово-экономический отдел айыл окмоту {municipality}",
                "Finance and economy department of {municipality} aiyl okmotu",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Жарандык бюджет бюджет бекитилгенден кийин бир айдын ичинде жарыяланат; "
            "угуулар тууралуу жарыя — 10 күн мурда.",
            "Гражданский бюджет публикуется в течение месяца после утверждения бюджета; "
            "объявление о слушаниях — за 10 дней.",
            "The citizens' budget is published within a month of the budget's approval; "
            "hearings are announced 10 days ahead.",
        ),
        "delivery_form": "electronic",
        "how_to_apply": _steps(
            (
                "Жарандык бюджетти айыл өкмөтүнүн сайтынан, WhatsApp тобунан же маалымат "
                "тактасынан табыңыз.",
                "Найдите гражданский бюджет на сайте айыл окмоту, в группе WhatsApp или на "
                "информационном стенде.",
                "Find the citizens' budget on the aiyl okmotu's website, in the WhatsApp group "
                "or on the notice board.",
            ),
            (
                "Кагаз нускасын айыл өкмөтүнөн же китепканадан алыңыз.",
                "Бумажный экземпляр можно взять в айыл окмоту или библиотеке.",
                "Pick up a paper copy at the aiyl okmotu or the library.",
            ),
            (
                "Суроолоруңузду жана сунуштарыңызды бюджеттик угууга алып келиңиз.",
                "Приносите вопросы и предложения на бюджетные слушания.",
                "Bring your questions and proposals to the budget hearing.",
            ),
        ),
        "documents_required": T(
            "<p>Документ талап кылынбайт.</p>",
            "<p>Документы не требуются.</p>",
            "<p>No documents needed.</p>",
        ),
        "where": T(
            "{municipality} айыл өкмөтүнүн сайты, WhatsApp тобу жана маалымат такталары",
            "Сайт, группа WhatsApp и информационные стенды айыл окмоту {municipality}",
            "The {municipality} aiyl okmotu website, WhatsApp group and notice boards",
        ),
        "hours": T(
            "Сайтта — күнү-түнү; айыл өкмөтүндө — дүйшөмбү–жума, 8:00–17:00",
            "На сайте — круглосуточно; в айыл окмоту — пн–пт, 8:00–17:00",
            "Online at any time; at the aiyl okmotu Mon–Fri, 8:00–17:00",
        ),
        "legal_basis": _legal(
            "<p>Бюджеттик угууларды өткөрүү тартиби жергиликтүү жамааттын уставында "
            "бекитилген.</p>",
            "<p>Порядок проведения бюджетных слушаний закреплён в уставе местного сообщества.</p>",
            "<p>The procedure for budget hearings is set out in the local community charter.</p>",
        ),
    },
    "6.1": {
        "summary": T(
            "Көрүстөндөрдү тосуу, тазалоо жана кароо, сөөк коюуга орун бөлүп берүү жана "
            "мүрзө орундарын каттоо.",
            "Ограждение, уборка и содержание кладбищ, выделение места для захоронения и "
            "учёт мест захоронения.",
            "Fencing, cleaning and looking after cemeteries, allocating burial plots and "
            "keeping a record of graves.",
        ),
        "recipients": T(
            "Каза болгон айыл аймагынын тургунунун үй-бүлөсү же жакындары.",
            "Семья или близкие умершего жителя айылного аймака.",
            "The family or next of kin of a deceased resident of the aiyl aimak.",
        ),
        "provider_kinds": ["aiyl_okmotu", "municipal_enterprise"],
        "provider_names": {
            "aiyl_okmotu": _AO,
            "municipal_enterprise": T(
                "{municipality} айыл өкмөтүнүн коммуналдык ишканасы",
                "Коммунальное предприятие айыл окмоту {municipality}",
                "Municipal services enterprise of {municipality} aiyl okmotu",
            ),
        },
        "paid": False,
        "fee_range": None,
        "fee_unit": None,
        "time_limit": T(
            "Сөөк коюуга орун кайрылган күнү, дем алыш күндөрү да бөлүнөт.",
            "Место для захоронения выделяется в день обращения, в том числе в выходные.",
            "A burial plot is allocated the same day, including at weekends.",
        ),
        "delivery_form": "in_person",
        "how_to_apply": _steps(
            (
                "Айыл өкмөтүнө же көрүстөн кароочусуна кайрылыңыз (дем алыш күндөрү — "
                "кезметчи адиске телефон аркылуу).",
                "Обратитесь в айыл окмоту или к смотрителю кладбища (в выходные — к "
                "дежурному специалисту по телефону).",
                "Contact the aiyl okmotu or the cemetery caretaker (at weekends, the duty "
                "officer by phone).",
            ),
            (
                "Кароочу орунду көрсөтүп, аны реестрге каттайт.",
                "Смотритель показывает место и вносит его в реестр.",
                "The caretaker shows you the plot and enters it in the register.",
            ),
        ),
        "documents_required": _docs(
            (
                "Өлүм тууралуу маалымкат же күбөлүк",
                "Справка или свидетельство о смерти",
                "Medical certificate or certificate of death",
            ),
            (
                "Кайрылган адамдын паспорту",
                "Паспорт обратившегося",
                "The applicant's passport",
            ),
        ),
        "where": _AO_WHERE,
        "hours": T(
            "Дүйшөмбү–жума, 8:00–17:00; дем алыш күндөрү — кезметчи телефон",
            "Пн–пт, 8:00–17:00; в выходные — дежурный телефон",
            "Mon–Fri, 8:00–17:00; at weekends, the duty phone",
        ),
        "legal_basis": _legal(
            "<p>Көрүстөндөрдү күтүү тартиби айылдык кеңештин токтому менен бекитилет.</p>",
            "<p>Порядок содержания кладбищ утверждается постановлением айылного кенеша.</p>",
            "<p>The rules for cemetery upkeep are set by a resolution of the aiyl kenesh.</p>",
        ),
    },
}

REJECTION_REASONS = [
    T(
        "Учурдагы жылдын жергиликтүү бюджетинде бул кызматка каражат жок; сунуш кийинки "
        "жылдын бюджетин даярдоодо кайра каралат.",
        "В местном бюджете текущего года нет средств на эту услугу; предложение будет "
        "рассмотрено повторно при подготовке бюджета следующего года.",
        "There is no money for this service in this year's local budget; the proposal will "
        "be considered again when next year's budget is drawn up.",
    ),
    T(
        "Сунушталган кызмат реестрдеги учурдагы кызматты кайталайт; сунуштун пайдалуу "
        "жактары ошол кызматтын стандартына киргизилет.",
        "Предложенная услуга дублирует уже включённую в реестр; полезные элементы "
        "предложения будут учтены в стандарте этой услуги.",
        "The proposed service duplicates one already in the register; its useful points "
        "will be added to that service's standard.",
    ),
    T(
        "Бул маселе жергиликтүү өз алдынча башкаруу органдарынын ыйгарым укугуна кирбейт; "
        "сунуш тиешелүү мамлекеттик органга жөнөтүлдү.",
        "Вопрос не относится к компетенции органов местного самоуправления; предложение "
        "направлено в соответствующий государственный орган.",
        "This is not a local self-government competence; the proposal has been sent to the "
        "responsible state body.",
    ),
    T(
        "Кызматты көрсөтө турган адис же жай жок; айыл өкмөтүнө алгач шарттарды даярдоо "
        "тапшырылды.",
        "Нет специалиста или помещения для оказания услуги; айыл окмоту поручено сначала "
        "подготовить условия.",
        "There is no qualified staff member or premises to provide the service; the aiyl "
        "okmotu has been asked to prepare these first.",
    ),
    T(
        "Сунушталган акы Өкмөттүн акы аныктоо тартибине ылайык келбейт; сунуш кайра "
        "иштеп чыгууга кайтарылды.",
        "Предложенная плата не соответствует порядку определения стоимости услуг, "
        "установленному Правительством; предложение возвращено на доработку.",
        "The proposed fee does not follow the Government's rules for setting service fees; "
        "the proposal has been sent back for revision.",
    ),
]

WITHDRAWAL_REASONS = [
    T(
        "Сунуш демилгечилердин өтүнүчү боюнча кайтарылып алынды: алар аны бюджеттик "
        "угуудан кийин кайра иштеп чыгууну чечишти.",
        "Предложение отозвано по просьбе инициаторов: они решили доработать его после "
        "бюджетных слушаний.",
        "Withdrawn at the proposers' request: they decided to rework it after the budget hearing.",
    ),
    T(
        "Кызмат райондук деңгээлде көрсөтүлө баштагандыктан, сунуш кайтарылып алынды.",
        "Предложение отозвано, поскольку услугу стали оказывать на районном уровне.",
        "Withdrawn because the service is now provided at rayon level.",
    ),
    T(
        "Айыл аймактарынын биригишине байланыштуу сунуш кайтарылып алынды; ал жаңы "
        "муниципалитеттин реестрин түзүүдө каралат.",
        "Предложение отозвано в связи с объединением айылных аймаков; его рассмотрят при "
        "формировании реестра нового муниципалитета.",
        "Withdrawn because of the merger of aiyl aimaks; it will be considered when the new "
        "municipality's register is drawn up.",
    ),
]

"""Templates for the demonstration news of the municipalities, in three languages.

Each entry is the kind of item an aiyl okmotu publishes: a budget hearing held, the local
register approved, a new service, a monitoring report, a tariff hearing, a project opened,
a call for the local initiative competition. Texts may hold ``{municipality}``, filled
with ``str.format``; ``topic`` is a slug of topics.csv. No real person is named.
"""

from . import T

NEWS = [
    {
        "title": T(
            "{municipality} айыл аймагында жергиликтүү бюджеттин долбоору боюнча коомдук угуу өттү",
            "В айылном аймаке {municipality} прошли публичные слушания по проекту местного бюджета",
            "{municipality} holds a public hearing on the draft local budget",
        ),
        "summary": T(
            "Тургундар кийинки жылдын бюджетинин долбоору менен таанышып, сунуштарын "
            "беришти. Бардык сунуштар протоколго жазылып, айылдык кеңешке жөнөтүлдү.",
            "Жители ознакомились с проектом бюджета на следующий год и внесли свои "
            "предложения. Все предложения занесены в протокол и переданы в айылный кенеш.",
            "Residents reviewed next year's draft budget and made proposals. All of them "
            "were minuted and sent to the aiyl kenesh.",
        ),
        "body": [
            T(
                "<p>Угуу маданият үйүндө кечкисин өттү, ага тургундар, айылдык кеңештин "
                "депутаттары, демилгелүү топтордун мүчөлөрү жана айыл өкмөтүнүн "
                "кызматкерлери катышты. Финансы-экономика бөлүмү бюджеттин кирешелерин жана "
                "чыгашаларын жарандык бюджеттин жөнөкөй таблицалары менен түшүндүрдү.</p>",
                "<p>Слушания прошли вечером в доме культуры. В них участвовали жители, "
                "депутаты айылного кенеша, члены инициативных групп и сотрудники айыл окмоту. "
                "Финансово-экономический отдел рассказал о доходах и расходах бюджета на "
                "простых таблицах гражданского бюджета.</p>",
                "<p>The hearing took place in the evening at the culture house, with residents, "
                "aiyl kenesh deputies, initiative group members and aiyl okmotu staff. The "
                "finance department explained revenue and spending using the simple tables of "
                "the citizens' budget.</p>",
            ),
            T(
                "<p>Тургундар ички жолдорду оңдоону, көчөлөрдү жарыктандырууну жана балдар "
                "бакчасындагы орундарды көбөйтүүнү сунушташты. Айылдык кеңеш сессияда ар бир "
                "сунуш боюнча жооп берет, жыйынтыктар айыл өкмөтүнүн тактасында "
                "жарыяланат.</p>",
                "<p>Жители предложили отремонтировать внутренние дороги, осветить улицы и "
                "увеличить число мест в детском саду. Айылный кенеш на сессии ответит на каждое "
                "предложение, итоги будут вывешены на доске айыл окмоту.</p>",
                "<p>Residents proposed repairing village roads, lighting streets and adding "
                "kindergarten places. The aiyl kenesh will answer each proposal at its session "
                "and the results will be posted on the aiyl okmotu notice board.</p>",
            ),
        ],
        "topic": "budget-transparency",
    },
    {
        "title": T(
            "Айылдык кеңеш муниципалдык кызмат көрсөтүүлөрдүн жергиликтүү реестрин бекитти",
            "Айылный кенеш утвердил местный реестр муниципальных услуг",
            "The aiyl kenesh approves the local register of municipal services",
        ),
        "summary": T(
            "{municipality} айылдык кеңешинин сессиясында жергиликтүү кызмат көрсөтүүлөрдүн "
            "реестри бекитилди. Ага аялуу топтор сунуштаган кызматтар да кирди.",
            "На сессии айылного кенеша {municipality} утверждён местный реестр муниципальных "
            "услуг. В него вошли и услуги, предложенные уязвимыми группами.",
            "At its session the {municipality} aiyl kenesh approved the local register of "
            "municipal services, including services proposed by vulnerable groups.",
        ),
        "body": [
            T(
                "<p>Реестрдин долбоору коомдук угууларда жана аялдар, жаштар, кары-картаңдар "
                "жана ден соолугунун мүмкүнчүлүгү чектелген адамдар менен өткөрүлгөн "
                "фокус-топтордо талкууланган. Депутаттар ар бир сунушту карап чыгып, "
                "кабыл алынбагандары боюнча себебин көрсөтүштү.</p>",
                "<p>Проект реестра обсуждался на публичных слушаниях и фокус-группах с "
                "женщинами, молодёжью, пожилыми людьми и людьми с инвалидностью. Депутаты "
                "рассмотрели каждое предложение и указали причины по тем, что не были "
                "приняты.</p>",
                "<p>The draft register was discussed at public hearings and in focus groups "
                "with women, young people, elderly people and people with disabilities. "
                "Deputies considered every proposal and gave reasons for those they did not "
                "accept.</p>",
            ),
            T(
                "<p>Реестр менен ар бир кызматтын паспорту сайтта жана айыл өкмөтүнүн "
                "«бир терезесинде» жеткиликтүү. Анда ким кызматты ала алары, акысы, мөөнөтү "
                "жана кайрылуу тартиби жазылган.</p>",
                "<p>Реестр и паспорта услуг доступны на сайте и в «одном окне» айыл окмоту. В "
                "них указано, кто может получить услугу, её стоимость, сроки и порядок "
                "обращения.</p>",
                "<p>The register and the service passports are available on the website and "
                "at the aiyl okmotu's one-window desk. They say who can get each service, what "
                "it costs, how long it takes and how to apply.</p>",
            ),
        ],
        "topic": "social-support",
    },
    {
        "title": T(
            "Маалымкаттар эми бир күндө: айыл өкмөтүндө «бир терезе» ачылды",
            "Справки теперь за один день: в айыл окмоту открылось «одно окно»",
            "Certificates in a day: the aiyl okmotu opens a one-window desk",
        ),
        "summary": T(
            "{municipality} айыл өкмөтүнүн биринчи кабатында кабыл алуу бөлмөсү ачылды. Чарба "
            "китебинен маалымкаттар кайрылган күнү эле берилет.",
            "На первом этаже айыл окмоту {municipality} открылась приёмная. Справки из "
            "похозяйственной книги выдаются в день обращения.",
            "A reception desk has opened on the ground floor of {municipality} aiyl okmotu. "
            "Household book certificates are issued the same day.",
        ),
        "body": [
            T(
                "<p>Мурда маалымкат алуу үчүн тургундар бир нече кабинетке кайрылышчу. Эми "
                "бардык маалымкаттар бир жерде даярдалат: чарба китептеринин маалыматтары "
                "компьютерге киргизилди.</p>",
                "<p>Раньше за справкой жителям приходилось обходить несколько кабинетов. "
                "Теперь все справки готовят в одном месте: данные похозяйственных книг "
                "внесены в компьютер.</p>",
                "<p>Residents used to go from office to office for a certificate. Now they are "
                "all prepared in one place, since the household book records have been "
                "computerised.</p>",
            ),
            T(
                "<p>Кабыл алуу бөлмөсү пандус менен жабдылган. Кайсы маалымкаттар акысыз "
                "экени жана кандай документтер керектиги тактада жазылган.</p>",
                "<p>У приёмной есть пандус. На стенде указано, какие справки выдаются "
                "бесплатно и какие документы нужны.</p>",
                "<p>The reception has a ramp, and a notice board lists which certificates are "
                "free and what documents to bring.</p>",
            ),
        ],
        "topic": "certificates-registration",
    },
    {
        "title": T(
            "Биргелешкен мониторинг жана баалоо тобу суу түтүгү боюнча отчет берди",
            "Группа совместного мониторинга и оценки отчиталась о водопроводе",
            "The joint monitoring group reports on the water pipeline",
        ),
        "summary": T(
            "Топ суу түтүгүнүн курулушун кабыл алууга катышып, жыйынтыгын айылдык жыйында "
            "тургундарга тааныштырды.",
            "Группа участвовала в приёмке водопровода и представила итоги жителям на "
            "сельском сходе.",
            "The group took part in accepting the new pipeline and presented its findings to "
            "residents at a village gathering.",
        ),
        "body": [
            T(
                "<p>Курулуш учурунда топтун мүчөлөрү объектке үзгүлтүксүз барып, түтүктөрдүн "
                "тереңдигин, материалдардын сапатын жана иштердин мөөнөтүн текшеришти. "
                "Аныкталган эки кемчилик мердигер тарабынан оңдолду.</p>",
                "<p>Во время строительства члены группы регулярно выезжали на объект, "
                "проверяли глубину укладки труб, качество материалов и сроки работ. Два "
                "выявленных недостатка подрядчик устранил.</p>",
                "<p>During construction the group's members visited the site regularly, "
                "checking the depth of the pipes, the quality of materials and the schedule. "
                "The contractor fixed the two defects they found.</p>",
            ),
            T(
                "<p>Топ суунун сапатын жылына эки жолу текшерүүнү жана суу пайдалануучулардын "
                "бирикмесинин кирешелери менен чыгашалары тууралуу отчетту жарыялап турууну "
                "сунуштады.</p>",
                "<p>Группа рекомендовала дважды в год проверять качество воды и публиковать "
                "отчёт о доходах и расходах ассоциации водопользователей.</p>",
                "<p>The group recommended testing the water twice a year and publishing the "
                "water users' association's income and spending.</p>",
            ),
        ],
        "topic": "drinking-water",
    },
    {
        "title": T(
            "Таштанды чыгаруу акысы боюнча коомдук угуу өттү",
            "Прошли публичные слушания по тарифу на вывоз мусора",
            "Public hearing held on the rubbish collection fee",
        ),
        "summary": T(
            "{municipality} айыл өкмөтү таштанды чыгаруунун жаңы тарифин талкуулоого "
            "сунуштады. Тургундар жалгыз жашаган кары-картаңдар үчүн жеңилдикти сакташты.",
            "Айыл окмоту {municipality} вынес на обсуждение новый тариф на вывоз мусора. "
            "Жители настояли на сохранении льготы для одиноких пожилых людей.",
            "{municipality} aiyl okmotu put a new rubbish collection fee up for discussion. "
            "Residents insisted on keeping the exemption for elderly people living alone.",
        ),
        "body": [
            T(
                "<p>Муниципалдык ишкана күйүүчү майдын, запастык бөлүктөрдүн жана "
                "айдоочунун айлыгынын эсебин көрсөттү. Тургундар чыгымдар боюнча суроо "
                "берип, графикти так сактоону талап кылышты.</p>",
                "<p>Муниципальное предприятие показало расчёт затрат на топливо, запчасти и "
                "зарплату водителя. Жители задали вопросы по расходам и потребовали строго "
                "соблюдать график вывоза.</p>",
                "<p>The municipal enterprise set out its costs for fuel, spare parts and the "
                "driver's wage. Residents asked about the spending and demanded that the "
                "collection timetable be kept.</p>",
            ),
            T(
                "<p>Угуунун протоколу айылдык кеңешке жөнөтүлдү. Тариф кеңештин кийинки "
                "сессиясында каралат.</p>",
                "<p>Протокол слушаний направлен в айылный кенеш. Тариф рассмотрят на "
                "ближайшей сессии кенеша.</p>",
                "<p>The minutes have been sent to the aiyl kenesh, which will consider the fee "
                "at its next session.</p>",
            ),
        ],
        "topic": "solid-waste",
    },
    {
        "title": T(
            "Айылдын көчөлөрүндө жаңы чырактар күйдү",
            "На улицах села зажглись новые фонари",
            "New street lamps switched on",
        ),
        "summary": T(
            "{municipality} айыл аймагында айылдык жыйын тандаган долбоор ишке ашты: "
            "борбордук көчөлөргө жана мектепке баруучу жолго LED чырактар орнотулду.",
            "В айылном аймаке {municipality} завершён проект, выбранный сельским сходом: "
            "светодиодные фонари установлены на центральных улицах и дороге к школе.",
            "The project chosen by the village gathering in {municipality} is finished: LED "
            "lamps now light the main streets and the road to school.",
        ),
        "body": [
            T(
                "<p>Чырактарды ачуу аземине тургундар, мектеп окуучулары жана айылдык "
                "кеңештин депутаттары катышты. Долбоор жергиликтүү бюджеттин, гранттын жана "
                "тургундардын салымынын эсебинен каржыланды.</p>",
                "<p>На открытии были жители, школьники и депутаты айылного кенеша. Проект "
                "профинансирован из местного бюджета, гранта и вклада жителей.</p>",
                "<p>Residents, pupils and aiyl kenesh deputies came to the switch-on. The "
                "project was paid for by the local budget, a grant and residents' "
                "contributions.</p>",
            ),
            T(
                "<p>Күйбөй калган чырак тууралуу айыл өкмөтүнө телефон же WhatsApp аркылуу "
                "кабарлаңыз: ал беш жумуш күнүнүн ичинде алмаштырылат.</p>",
                "<p>О неработающем фонаре сообщайте в айыл окмоту по телефону или в WhatsApp: "
                "его заменят в течение пяти рабочих дней.</p>",
                "<p>Report a broken lamp to the aiyl okmotu by phone or WhatsApp and it will be "
                "replaced within five working days.</p>",
            ),
        ],
        "topic": "street-lighting",
    },
    {
        "title": T(
            "«Жергиликтүү демилге» сынагына табыштамалар кабыл алына баштады",
            "Начат приём заявок на конкурс «Местная инициатива»",
            "Entries open for the local initiative competition",
        ),
        "summary": T(
            "{municipality} айыл өкмөтү демилгелүү топторду коомдук жайларды көрктөндүрүү "
            "боюнча долбоорлорун сунуштоого чакырат.",
            "Айыл окмоту {municipality} приглашает инициативные группы представить проекты "
            "по благоустройству общественных пространств.",
            "{municipality} aiyl okmotu invites initiative groups to submit projects to "
            "improve public spaces.",
        ),
        "body": [
            T(
                "<p>Сынакка аянттарды, сейил бактарды, балдар аянтчаларын жана аялдамаларды "
                "көрктөндүрүү боюнча долбоорлор кабыл алынат. Табыштамада көйгөй, аны чечүү "
                "жолу, болжолдуу смета жана тургундардын салымы көрсөтүлүшү керек.</p>",
                "<p>На конкурс принимаются проекты благоустройства площадей, скверов, детских "
                "площадок и остановок. В заявке нужно описать проблему, способ её решения, "
                "примерную смету и вклад жителей.</p>",
                "<p>The competition accepts projects for squares, parks, playgrounds and bus "
                "stops. An entry should describe the problem, the solution, a rough estimate "
                "and what residents will contribute.</p>",
            ),
            T(
                "<p>Табыштамалар бир айдын ичинде айыл өкмөтүнүн «бир терезесинде» кабыл "
                "алынат. Жеңүүчүлөрдү тургундардын өкүлдөрү кирген комиссия аныктайт, "
                "жыйынтыгы айылдык жыйында жарыяланат.</p>",
                "<p>Заявки принимаются в течение месяца в «одном окне» айыл окмоту. "
                "Победителей определит комиссия с участием представителей жителей, итоги "
                "объявят на сельском сходе.</p>",
                "<p>Entries are accepted for one month at the aiyl okmotu's one-window desk. A "
                "panel that includes residents' representatives will choose the winners, to "
                "be announced at a village gathering.</p>",
            ),
        ],
        "topic": "public-spaces",
    },
    {
        "title": T(
            "Балдар бакчасына жаңы окуу жылына кабыл алуу башталды",
            "Начался приём детей в детский сад на новый учебный год",
            "Kindergarten enrolment opens for the new school year",
        ),
        "summary": T(
            "{municipality} айыл аймагынын муниципалдык балдар бакчаларына 3 жаштан 7 жашка "
            "чейинки балдар кабыл алынат. Аялуу үй-бүлөлөрдүн балдары кезексиз кабыл "
            "алынат.",
            "Муниципальные детские сады айылного аймака {municipality} принимают детей от 3 "
            "до 7 лет. Дети из уязвимых семей принимаются вне очереди.",
            "The municipal kindergartens of {municipality} are enrolling children aged 3 to 7, "
            "with priority for children from vulnerable families.",
        ),
        "body": [
            T(
                "<p>Арызды балдар бакчасына же айыл өкмөтүнө берүүгө болот. Баланын "
                "туулгандыгы тууралуу күбөлүгү жана медициналык маалымкат керек.</p>",
                "<p>Заявление можно подать в детский сад или в айыл окмоту. Нужны "
                "свидетельство о рождении ребёнка и медицинская справка.</p>",
                "<p>Apply at the kindergarten or the aiyl okmotu with the child's birth "
                "certificate and a medical certificate.</p>",
            ),
            T(
                "<p>Быйыл өзгөчө муктаждыктары бар балдар үчүн инклюзивдүү топ да иштейт. "
                "Аз камсыз болгон үй-бүлөлөр ата-энелердин төлөмүнөн жеңилдик алышат.</p>",
                "<p>В этом году работает и инклюзивная группа для детей с особыми "
                "потребностями. Малообеспеченные семьи получают льготу по родительской "
                "плате.</p>",
                "<p>This year there is also an inclusive group for children with special needs. "
                "Low-income families pay a reduced contribution.</p>",
            ),
        ],
        "topic": "preschool",
    },
    {
        "title": T(
            "Жарандык бюджет жарыяланды: жергиликтүү бюджет жөнөкөй тилде",
            "Опубликован гражданский бюджет: местный бюджет простым языком",
            "Citizens' budget published: the local budget in plain language",
        ),
        "summary": T(
            "{municipality} айыл өкмөтү быйылкы жылдын жарандык бюджетин чыгарды: акча кайдан "
            "түшөт жана эмнеге жумшалат, сүрөттөр жана диаграммалар менен.",
            "Айыл окмоту {municipality} выпустил гражданский бюджет на текущий год: откуда "
            "поступают деньги и на что они тратятся, с рисунками и диаграммами.",
            "{municipality} aiyl okmotu has published this year's citizens' budget, showing "
            "where the money comes from and what it is spent on, with pictures and charts.",
        ),
        "body": [
            T(
                "<p>Китепчеде жергиликтүү салыктар, бюджеттин негизги чыгашалары жана "
                "тургундардын сунуштары менен бюджетке киргизилген долбоорлор көрсөтүлгөн.</p>",
                "<p>В брошюре показаны местные налоги, основные расходы бюджета и проекты, "
                "включённые в бюджет по предложениям жителей.</p>",
                "<p>The booklet shows local taxes, the main items of spending and the projects "
                "added to the budget at residents' request.</p>",
            ),
            T(
                "<p>Кагаз нускасын айыл өкмөтүнөн жана китепканадан алууга болот, электрондук "
                "нускасы айыл өкмөтүнүн WhatsApp тобунда жарыяланды.</p>",
                "<p>Бумажный экземпляр можно взять в айыл окмоту и библиотеке, электронная "
                "версия опубликована в группе WhatsApp айыл окмоту.</p>",
                "<p>Paper copies are available at the aiyl okmotu and the library, and an "
                "electronic version has been posted in the aiyl okmotu's WhatsApp group.</p>",
            ),
        ],
        "topic": "budget-transparency",
    },
    {
        "title": T(
            "Ички жолдорду оңдоонун жайкы графиги бекитилди",
            "Утверждён летний график ремонта внутренних дорог",
            "Summer schedule for village road repairs approved",
        ),
        "summary": T(
            "{municipality} айыл өкмөтү быйыл кайсы көчөлөргө шагыл төшөлөрүн жана качан "
            "грейдер иштей турганын жарыялады.",
            "Айыл окмоту {municipality} объявил, какие улицы отсыпят гравием в этом году и "
            "когда будет работать грейдер.",
            "{municipality} aiyl okmotu has announced which streets will be gravelled this "
            "year and when the grader will be working.",
        ),
        "body": [
            T(
                "<p>Көчөлөрдүн тизмеси бюджеттик угууда тургундардын сунуштарынын негизинде "
                "түзүлдү. Биринчи кезекте мектепке, фельдшердик-акушердик пунктка жана "
                "көрүстөнгө баруучу жолдор оңдолот.</p>",
                "<p>Список улиц составлен по предложениям жителей на бюджетных слушаниях. В "
                "первую очередь отремонтируют дороги к школе, ФАПу и кладбищу.</p>",
                "<p>The list of streets is based on residents' proposals at the budget "
                "hearing. Roads to the school, health post and cemetery come first.</p>",
            ),
            T(
                "<p>Тургундардан иштер жүрүп жаткан күндөрү унааларды көчөгө калтырбоо "
                "жана арыктарды тазалоо өтүнүлөт.</p>",
                "<p>Жителей просят в дни работ не оставлять машины на улице и почистить арыки.</p>",
                "<p>Residents are asked not to park on the street on work days and to clear "
                "their ditches.</p>",
            ),
        ],
        "topic": "local-roads",
    },
    {
        "title": T(
            "Мектеп автобусунун жаңы окуу жылына каттам графиги",
            "Расписание школьного автобуса на новый учебный год",
            "School bus timetable for the new school year",
        ),
        "summary": T(
            "{municipality} айыл аймагынын мектеп автобусу 1-сентябрдан тартып алыскы "
            "айылдардан балдарды жаңы график менен ташыйт.",
            "С 1 сентября школьный автобус айылного аймака {municipality} возит детей из "
            "дальних сёл по новому расписанию.",
            "From 1 September the {municipality} school bus carries children from the "
            "outlying villages on a new timetable.",
        ),
        "body": [
            T(
                "<p>Ата-энелердин сунушу боюнча экинчи сменанын окуучулары үчүн кошумча "
                "кечки каттам киргизилди. Аялдамалардын тизмеси мектептин жана айыл "
                "өкмөтүнүн тактасында илинди.</p>",
                "<p>По просьбе родителей добавлен вечерний рейс для учеников второй смены. "
                "Список остановок вывешен на досках школы и айыл окмоту.</p>",
                "<p>At parents' request an extra evening run has been added for second-shift "
                "pupils. The list of stops is posted at the school and the aiyl okmotu.</p>",
            ),
            T(
                "<p>Баланы ташуу тизмесине киргизүү үчүн мектептин директоруна арыз "
                "бериңиз. Ташуу акысыз.</p>",
                "<p>Чтобы включить ребёнка в список подвоза, подайте заявление директору "
                "школы. Подвоз бесплатный.</p>",
                "<p>To add your child to the transport list, write to the head teacher. The "
                "service is free.</p>",
            ),
        ],
        "topic": "school-transport",
    },
    {
        "title": T(
            "Айылдар аралык спорттук мелдеш: футбол, волейбол жана ордо",
            "Межсельские соревнования: футбол, волейбол и ордо",
            "Inter-village games: football, volleyball and ordo",
        ),
        "summary": T(
            "{municipality} айыл аймагынын жаңы спорт аянтчасында айылдардын командалары "
            "беттешти. Кыздардын волейбол командалары биринчи жолу катышты.",
            "На новой спортплощадке айылного аймака {municipality} встретились команды сёл. "
            "Впервые участвовали девичьи волейбольные команды.",
            "Teams from the villages of {municipality} met on the new sports ground, with "
            "girls' volleyball teams taking part for the first time.",
        ),
        "body": [
            T(
                "<p>Мелдешти айыл өкмөтүнүн жаштар адиси жаштар комитети менен бирге "
                "уюштурду. Жеңүүчүлөргө кубоктор жана спорт шаймандары тапшырылды.</p>",
                "<p>Соревнования организовал специалист айыл окмоту по делам молодёжи "
                "вместе с молодёжным комитетом. Победители получили кубки и спортивный "
                "инвентарь.</p>",
                "<p>The aiyl okmotu's youth officer organised the games with the youth "
                "committee. The winners received cups and sports equipment.</p>",
            ),
            T(
                "<p>Аянтча балдар жана жаштар үчүн күн сайын акысыз ачык; кыздар жана аялдар "
                "үчүн өзүнчө убакыт бөлүнгөн.</p>",
                "<p>Площадка ежедневно бесплатно открыта для детей и молодёжи; для девушек и "
                "женщин выделено отдельное время.</p>",
                "<p>The ground is open free every day for children and young people, with "
                "separate hours for girls and women.</p>",
            ),
        ],
        "topic": "sport",
    },
]

# The programmes' own news ("central news"), published under the news index itself: they
# belong to no municipality.
CENTRAL_NEWS = [
    {
        "date": (2025, 2, 14),
        "title": T(
            "Жергиликтүү демилгелердин жаңы сынагы жарыяланды",
            "Объявлен новый конкурс местных инициатив",
            "A new local initiative competition is open",
        ),
        "summary": T(
            "Айыл аймактары тургундар менен бирге тандалган долбоорлорго гранттык "
            "колдоо алуу үчүн 30-апрелге чейин арыз бере алышат.",
            "Айылные аймаки могут до 30 апреля подать заявки на грантовую поддержку "
            "проектов, выбранных вместе с жителями.",
            "Aiyl aimaks can apply until 30 April for grants for projects chosen "
            "together with their residents.",
        ),
        "body": [
            T(
                "<p>Сынакка тургундардын катышуусу менен муктаждыктарды баалоодон өткөн "
                "долбоорлор гана кабыл алынат. Муниципалитет жана жамаат салымын "
                "кошот.</p>",
                "<p>На конкурс принимаются только проекты, прошедшие оценку потребностей "
                "с участием жителей. Муниципалитет и сообщество вносят свой вклад.</p>",
                "<p>Only projects that went through a needs assessment with residents "
                "are accepted. The municipality and the community contribute.</p>",
            ),
        ],
        "topic": "budget-transparency",
    },
    {
        "date": (2025, 6, 3),
        "title": T(
            "Муниципалдык кызмат көрсөтүүлөрдүн реестрлери боюнча окутуу өттү",
            "Прошло обучение по реестрам муниципальных услуг",
            "Training on municipal service registers held",
        ),
        "summary": T(
            "Айыл өкмөттөрүнүн адистери реестрди жаңыртууну жана тургундардын "
            "сунуштарын кароону үйрөнүштү.",
            "Специалисты айыл окмоту научились обновлять реестр и рассматривать "
            "предложения жителей.",
            "Aiyl okmotu staff learned to update their register and to review "
            "residents' proposals.",
        ),
        "body": [
            T(
                "<p>Окутуу эки күнгө созулду. Катышуучулар аялуу топтор демилгелеген "
                "кызмат көрсөтүүлөрдү реестрге киргизүү тартибин талкуулашты.</p>",
                "<p>Обучение длилось два дня. Участники обсудили порядок включения в "
                "реестр услуг, инициированных уязвимыми группами.</p>",
                "<p>The training took two days. Participants discussed how services "
                "initiated by vulnerable groups enter the register.</p>",
            ),
        ],
        "topic": "social-support",
    },
    {
        "date": (2025, 9, 22),
        "title": T(
            "Программалардын жылдык отчету жарыяланды",
            "Опубликован годовой отчёт программ",
            "The programmes' annual report is published",
        ),
        "summary": T(
            "Отчетто жергиликтүү демилгелердин, коомдук угуулардын жана кызмат "
            "көрсөтүүлөрдүн жыйынтыктары чогултулган.",
            "В отчёте собраны итоги местных инициатив, публичных слушаний и услуг.",
            "The report gathers the results of local initiatives, public hearings and services.",
        ),
        "body": [
            T(
                "<p>Ар бир муниципалитеттин көрсөткүчтөрү сайтта жана жүктөп алуучу "
                "файлдарда да жеткиликтүү.</p>",
                "<p>Показатели каждого муниципалитета доступны и на сайте, и в файлах "
                "для скачивания.</p>",
                "<p>Every municipality's figures are also on the site and in the downloads.</p>",
            ),
        ],
        "topic": "budget-transparency",
    },
]

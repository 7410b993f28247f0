"""Templates for the generated sample stories, two per topic, in three languages.

The site labels every story built from these templates as sample content. No real person
is named: quotes are attributed to roles. Texts may hold the placeholders ``{village}`` and
``{municipality}``, filled with ``str.format``; the loader draws the quantities, money and
beneficiaries from the ranges given here. Output units are keys of ``real_stories.UNITS``.
"""

from . import T

TEMPLATES = {
    "drinking-water": [
        {
            "title": T(
                "{village} айылына таза ичүүчү суу келди",
                "В село {village} пришла чистая питьевая вода",
                "Clean drinking water reaches {village}",
            ),
            "summary": T(
                "{municipality} айыл аймагынын {village} айылында жаңы суу түтүгү тартылып, "
                "резервуар курулду. Мурда тургундар сууну арыктан жана алыскы булактан "
                "ташышчу.",
                "В селе {village} (айылный аймак {municipality}) проложили новый водопровод и "
                "построили резервуар. Раньше жители носили воду из арыка и дальнего родника.",
                "A new pipeline and reservoir now bring water to {village} in {municipality} "
                "aiyl aimak. Residents used to carry water from the canal and a distant spring.",
            ),
            "problem": T(
                "<p>Эски суу түтүгү 1970-жылдары тартылган: түтүктөрдү дат басып, көп жеринен "
                "жарылып калган. Жайында суу күнүнө бир-эки саат гана келчү, айрым көчөлөргө "
                "такыр жетчү эмес.</p><p>Тургундар, көбүнчө аялдар жана балдар, сууну арыктан "
                "же булактан челек менен ташышчу. Жайында ичеги-карын оорулары көбөйчү.</p>",
                "<p>Старый водопровод проложили в 1970-х годах: трубы проржавели и лопались во "
                "многих местах. Летом вода шла час-два в день, а до некоторых улиц не доходила "
                "вовсе.</p><p>Жители, чаще всего женщины и дети, носили воду вёдрами из арыка "
                "или родника. Летом росло число кишечных инфекций.</p>",
                "<p>The old pipeline was laid in the 1970s: the pipes had rusted and burst in "
                "many places. In summer water ran for an hour or two a day and never reached "
                "some streets.</p><p>Residents, mostly women and children, carried water in "
                "buckets from the canal or the spring. Gut infections rose every summer.</p>",
            ),
            "identification_method": "pra",
            "identification_details": T(
                "<p>Элет көйгөйүн биргеликте аныктоонун (ЭКБА) жүрүшүндө тургундар айылдын "
                "көйгөйлөрүнүн картасын түзүп, ичүүчү сууну биринчи орунга коюшту. Маселе "
                "биргелешкен аракеттердин планына киргизилип, айылдык жыйынга алып "
                "чыгылды.</p>",
                "<p>В ходе совместного изучения нужд сообщества (СИНС) жители составили карту "
                "проблем села и поставили питьевую воду на первое место. Задачу включили в "
                "план совместных действий и вынесли на сельский сход.</p>",
                "<p>During a participatory rural appraisal residents mapped the village's "
                "problems and put drinking water first. It went into the joint action plan and "
                "then to the village gathering.</p>",
            ),
            "alternatives": [
                T(
                    "Суу түтүгүн реконструкциялоо",
                    "Реконструкция водопровода",
                    "Rebuilding the water pipeline",
                ),
                T("Мектептин чатырын оңдоо", "Ремонт кровли школы", "Repairing the school roof"),
                T("Спорт аянтчасын куруу", "Строительство спортплощадки", "A sports ground"),
            ],
            "outputs": [
                {
                    "quantity": (2000, 4500),
                    "unit": "m",
                    "description": T("суу түтүгү", "водопровод", "pipeline"),
                },
                {
                    "quantity": (50, 200),
                    "unit": "m3",
                    "description": T("суу резервуары", "резервуар для воды", "water reservoir"),
                },
                {
                    "quantity": (150, 600),
                    "unit": "pcs",
                    "description": T(
                        "үйлөргө орнотулган суу эсептегичтер",
                        "домовые счётчики воды",
                        "household water meters",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Жаңы полиэтилен түтүктөр тартылып, айылдын үстүндөгү дөңсөөгө бетон "
                "резервуар курулду. Ар бир үйгө суу эсептегич орнотулуп, көчөлөргө суу алуучу "
                "колонкалар коюлду.</p>",
                "<p>Проложены новые полиэтиленовые трубы, на холме над селом построен бетонный "
                "резервуар. В каждом дворе установлен счётчик воды, на улицах поставлены "
                "водоразборные колонки.</p>",
                "<p>New polyethylene pipes were laid and a concrete reservoir was built on the "
                "hill above the village. Every household got a water meter, and standpipes were "
                "put up along the streets.</p>",
            ),
            "result": T(
                "<p>Азыр суу күнү-түнү келет. Аялдар менен балдар суу ташууга убакыт "
                "коротпой калышты, ал эми фельдшердик-акушердик пункт жайкы ичеги-карын "
                "ооруларынын азайганын белгилейт.</p>",
                "<p>Теперь вода идёт круглосуточно. Женщинам и детям больше не нужно носить "
                "воду, а фельдшерско-акушерский пункт отмечает, что летом кишечных инфекций "
                "стало меньше.</p>",
                "<p>Water now runs day and night. Women and children no longer spend hours "
                "carrying it, and the village health post reports fewer gut infections in "
                "summer.</p>",
            ),
            "operator_kind": "users_association",
            "operator_name": T(
                "«{municipality}» ичүүчү сууну пайдалануучулардын коомдук бирикмеси",
                "Общественное объединение пользователей питьевой водой «{municipality}»",
                "{municipality} Drinking Water Users' Association",
            ),
            "tariff": True,
            "sustainability_note": T(
                "Тариф коомдук угууларда талкууланып, айылдык кеңештин токтому менен "
                "бекитилди. Аз камсыз болгон үй-бүлөлөр жергиликтүү бюджеттен жеңилдик алышат.",
                "Тариф обсуждён на публичных слушаниях и утверждён постановлением айылного "
                "кенеша. Малообеспеченные семьи получают льготу из местного бюджета.",
                "The tariff was discussed at public hearings and approved by a resolution of "
                "the aiyl kenesh. Low-income families get a discount paid from the local budget.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу иштердин сапатын жана түтүктөрдүн "
                "канчалык терең көмүлгөнүн текшерип, жыйынтыгын айылдык жыйында тургундарга "
                "билдирди.",
                "Группа совместного мониторинга и оценки проверяла качество работ и глубину "
                "укладки труб и отчиталась перед жителями на сельском сходе.",
                "The joint monitoring and evaluation group checked the quality of the works and "
                "the depth of the pipes, and reported to residents at a village gathering.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Мурда эртең менен эң биринчи суу жөнүндө ойлончумун. Азыр кранды "
                        "ачсам эле суу агат, балдарым сабагына убагында барышат.",
                        "Раньше первое, о чём я думала утром, — где взять воду. Теперь "
                        "открываю кран, и вода течёт, а дети вовремя идут на уроки.",
                        "Water used to be the first thing I thought about every morning. Now I "
                        "turn on the tap and it runs, and my children get to school on time.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
                {
                    "text": T(
                        "Тургундар тарифти өздөрү талкуулап, өздөрү макулдашышты. Ошондуктан "
                        "суу акысы өз убагында төлөнөт.",
                        "Жители сами обсуждали и согласовывали тариф, поэтому за воду платят "
                        "исправно.",
                        "Residents discussed and agreed the tariff themselves, so people pay "
                        "for their water on time.",
                    ),
                    "role": T(
                        "айыл өкмөтүнүн башчысы",
                        "глава айыл окмоту",
                        "the head of the aiyl okmotu",
                    ),
                },
            ],
            "beneficiaries": (1200, 5800),
            "total_kgs": (1_500_000, 6_000_000),
            "groups": ["women", "children", "low-income-families"],
        },
        {
            "title": T(
                "{village} айылынын жаңы конушуна скважина казылып, үйлөргө биринчи жолу суу кирди",
                "В новом жилмассиве села {village} пробурили скважину и впервые провели воду "
                "в дома",
                "A new well brings water into the homes of {village}'s new settlement",
            ),
            "summary": T(
                "{village} айылынын четиндеги жаңы конушта суу түтүгү жок болчу. Аялдар менен "
                "өткөрүлгөн фокус-топтон кийин скважина казылып, суу мунарасы орнотулду.",
                "В новом жилмассиве на окраине села {village} не было водопровода. После "
                "фокус-группы с женщинами здесь пробурили скважину и поставили водонапорную "
                "башню.",
                "The new settlement on the edge of {village} had no water supply. After a focus "
                "group with women, a well was drilled and a water tower put up.",
            ),
            "problem": T(
                "<p>Жаңы конуш он жылдай мурун пайда болгон, бирок суу түтүгү ага чейин "
                "жеткирилген эмес. Үй-бүлөлөр сууну цистернадан сатып алышчу же кошуна "
                "көчөдөгү колонкадан ташышчу.</p><p>Бир челек суу үчүн кезекте туруу көбүнчө "
                "аялдардын жана кыздардын мойнуна түшчү.</p>",
                "<p>Жилмассив появился около десяти лет назад, но водопровод до него так и не "
                "дотянули. Семьи покупали воду из цистерны или носили её с колонки на соседней "
                "улице.</p><p>Стоять в очереди за ведром воды приходилось в основном женщинам "
                "и девочкам.</p>",
                "<p>The settlement grew up about ten years ago, but the pipeline never reached "
                "it. Families bought water from a tanker or carried it from a standpipe on the "
                "next street.</p><p>Queuing for a bucket of water fell mostly to women and "
                "girls.</p>",
            ),
            "identification_method": "focus_group",
            "identification_details": T(
                "<p>Айыл өкмөтү аялдар жана көп балалуу үй-бүлөлөр менен фокус-топ өткөрдү. "
                "Катышуучулар сууну эң курч көйгөй деп аташты, андан кийин маселе айыл "
                "аймагынын кеңири чогулушунда талкууланып, айылдык жыйынга коюлду.</p>",
                "<p>Айыл окмоту провёл фокус-группу с женщинами и многодетными семьями. "
                "Участницы назвали воду самой острой проблемой, после чего её обсудили на "
                "расширенном собрании айылного аймака и вынесли на сельский сход.</p>",
                "<p>The aiyl okmotu held a focus group with women and large families. They named "
                "water as the most pressing problem; it was then discussed at a wider meeting of "
                "the aiyl aimak and put to the village gathering.</p>",
            ),
            "alternatives": [
                T(
                    "Жаңы конушка скважина жана суу түтүгү",
                    "Скважина и водопровод для жилмассива",
                    "A well and pipeline for the new settlement",
                ),
                T(
                    "Жаңы конуштагы көчөлөргө шагыл төшөө",
                    "Гравийное покрытие улиц жилмассива",
                    "Gravel for the settlement's streets",
                ),
            ],
            "outputs": [
                {
                    "quantity": (80, 180),
                    "unit": "m",
                    "description": T("скважинанын тереңдиги", "глубина скважины", "well depth"),
                },
                {
                    "quantity": (25, 60),
                    "unit": "m3",
                    "description": T("суу мунарасы", "водонапорная башня", "water tower"),
                },
                {
                    "quantity": (1500, 3500),
                    "unit": "m",
                    "description": T(
                        "бөлүштүрүүчү тармак", "разводящая сеть", "distribution pipes"
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Скважина казылып, насос жана суу мунарасы орнотулду. Ар бир көчөгө "
                "бөлүштүрүүчү түтүк тартылып, үйлөр эсептегич аркылуу туташтырылды.</p>",
                "<p>Пробурена скважина, установлены насос и водонапорная башня. По каждой улице "
                "проложена разводящая сеть, дома подключены через счётчики.</p>",
                "<p>A well was drilled and a pump and water tower installed. Distribution pipes "
                "were laid along every street and homes were connected through meters.</p>",
            ),
            "result": T(
                "<p>Жаңы конуштун үй-бүлөлөрү суу сатып алууга акча коротпой калышты. Короолордо "
                "бак-дарак, жашылча эгиле баштады.</p>",
                "<p>Семьи жилмассива больше не тратят деньги на привозную воду. Во дворах "
                "появились огороды и сады.</p>",
                "<p>Families in the settlement no longer pay for trucked water, and kitchen "
                "gardens have appeared in the yards.</p>",
            ),
            "operator_kind": "municipal_enterprise",
            "operator_name": T(
                "{municipality} айыл өкмөтүнүн «Таза суу» муниципалдык ишканасы",
                "Муниципальное предприятие «Таза суу» айыл окмоту {municipality}",
                "Taza Suu municipal enterprise of {municipality} aiyl okmotu",
            ),
            "tariff": True,
            "sustainability_note": T(
                "Суу акысынын тарифи коомдук угуудан кийин айылдык кеңеш тарабынан бекитилди; "
                "түшкөн каражат насостун электр энергиясына жана оңдоого жумшалат.",
                "Тариф на воду утверждён айылным кенешем после публичных слушаний; сборы идут на "
                "электроэнергию для насоса и ремонт.",
                "The water tariff was approved by the aiyl kenesh after a public hearing; the "
                "fees pay for the pump's electricity and for repairs.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобунун курамында жаңы конуштун үч аялы "
                "болуп, алар бүтүрүлгөн иштерди кабыл алууга катышышты.",
                "В группу совместного мониторинга и оценки вошли три жительницы жилмассива, "
                "которые участвовали в приёмке работ.",
                "Three women from the settlement sat on the joint monitoring and evaluation "
                "group and took part in accepting the finished works.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Фокус-топто биз биринчи жолу өз көйгөйүбүздү ачык айттык, ал угулду.",
                        "На фокус-группе мы впервые открыто сказали о своей беде, и нас услышали.",
                        "At the focus group we spoke openly about our problem for the first "
                        "time, and we were heard.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (600, 2500),
            "total_kgs": (1_800_000, 4_500_000),
            "groups": ["women", "children"],
        },
    ],
    "solid-waste": [
        {
            "title": T(
                "{village} айылында таштанды жума сайын чыгарыла баштады",
                "В селе {village} мусор теперь вывозят каждую неделю",
                "Weekly rubbish collection comes to {village}",
            ),
            "summary": T(
                "Айыл өкмөтү тиркемеси бар трактор жана контейнерлер сатып алып, таштанды "
                "чыгаруу үчүн муниципалдык ишкана түздү. Тариф коомдук угууда макулдашылды.",
                "Айыл окмоту купил трактор с прицепом и контейнеры и создал муниципальное "
                "предприятие по вывозу мусора. Тариф согласовали на публичных слушаниях.",
                "The aiyl okmotu bought a tractor with a trailer and bins and set up a municipal "
                "enterprise to collect rubbish. The fee was agreed at a public hearing.",
            ),
            "problem": T(
                "<p>Таштанды чогултуучу кызмат жок болгондуктан, тургундар таштандыны "
                "суу жээгине, жол боюна жана айылдын четиндеги жарга ташташчу. Шамал пластик "
                "баштыктарды талаага, жайыттарга учурчу.</p>",
                "<p>Службы вывоза мусора не было, и жители выбрасывали отходы на берег реки, "
                "вдоль дороги и в овраг на краю села. Ветер разносил пакеты по полям и "
                "пастбищам.</p>",
                "<p>With no collection service, residents dumped rubbish on the riverbank, along "
                "the road and in a ravine at the edge of the village. The wind blew plastic bags "
                "across the fields and pastures.</p>",
            ),
            "identification_method": "budget_hearing",
            "identification_details": T(
                "<p>Жергиликтүү бюджеттин долбоору боюнча коомдук угууда тургундар таштанды "
                "маселесин эң көп көтөрүштү. Сунуш биргелешкен аракеттердин планына кирип, "
                "айылдык жыйында добушка коюлду.</p>",
                "<p>На публичных слушаниях по проекту местного бюджета жители чаще всего "
                "говорили о мусоре. Предложение вошло в план совместных действий и было "
                "поставлено на голосование на сельском сходе.</p>",
                "<p>At the public hearing on the draft local budget, rubbish was the issue "
                "residents raised most. The proposal went into the joint action plan and was put "
                "to a vote at the village gathering.</p>",
            ),
            "alternatives": [
                T(
                    "Таштанды ташуучу трактор жана контейнерлер",
                    "Трактор для вывоза мусора и контейнеры",
                    "A rubbish tractor and bins",
                ),
                T(
                    "Көчөлөрдү жарыктандыруу",
                    "Уличное освещение",
                    "Street lighting",
                ),
                T(
                    "Балдар аянтчасы",
                    "Детская площадка",
                    "A children's playground",
                ),
            ],
            "outputs": [
                {
                    "quantity": (1, 1),
                    "unit": "pcs",
                    "description": T(
                        "тиркемеси бар трактор",
                        "трактор с прицепом",
                        "tractor with trailer",
                    ),
                },
                {
                    "quantity": (20, 60),
                    "unit": "pcs",
                    "description": T("таштанды контейнерлери", "контейнеры", "rubbish bins"),
                },
            ],
            "outputs_text": T(
                "<p>Трактор жана тиркеме сатып алынып, көчөлөргө жана мектептин, базардын "
                "жанына контейнерлер коюлду. Ар бир көчө үчүн таштанды чогултуу графиги "
                "түзүлдү.</p>",
                "<p>Куплены трактор и прицеп, контейнеры поставлены на улицах, у школы и рынка. "
                "Для каждой улицы составлен график вывоза.</p>",
                "<p>A tractor and trailer were bought and bins placed along the streets and by "
                "the school and the market. Each street got a collection timetable.</p>",
            ),
            "result": T(
                "<p>Таштанды жумасына бир жолу чыгарылат, стихиялуу таштанды жайлар "
                "тазаланды. Айылдын жаштары ишембиликке чыгып, дарыянын жээгин тазалашты.</p>",
                "<p>Мусор вывозят раз в неделю, стихийные свалки ликвидированы. Молодёжь села "
                "вышла на субботник и очистила берег реки.</p>",
                "<p>Rubbish is collected once a week and the illegal dumps have been cleared. "
                "Young people held a clean-up day on the riverbank.</p>",
            ),
            "operator_kind": "municipal_enterprise",
            "operator_name": T(
                "{municipality} айыл өкмөтүнүн «Таза айыл» муниципалдык ишканасы",
                "Муниципальное предприятие «Таза айыл» айыл окмоту {municipality}",
                "Taza Aiyl municipal enterprise of {municipality} aiyl okmotu",
            ),
            "tariff": True,
            "sustainability_note": T(
                "Таштанды чыгаруунун тарифи айылдык кеңештин токтому менен бекитилди; жалгыз "
                "жашаган кары-картаңдар акы төлөөдөн бошотулган.",
                "Тариф на вывоз мусора утверждён постановлением айылного кенеша; одинокие "
                "пожилые люди от оплаты освобождены.",
                "The collection fee was approved by a resolution of the aiyl kenesh; elderly "
                "people living alone are exempt.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу трактордун график боюнча жүрүшүн ай "
                "сайын текшерип, натыйжасын айыл өкмөтүнүн тактасына илет.",
                "Группа совместного мониторинга и оценки ежемесячно проверяет, соблюдается ли "
                "график вывоза, и вывешивает итоги на доске айыл окмоту.",
                "Each month the joint monitoring and evaluation group checks that the tractor "
                "keeps to the timetable and posts the results on the aiyl okmotu notice board.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Мурда таштандыны кайда ташташты билчү эмеспиз. Азыр трактор шаршемби "
                        "сайын келет, көчөбүз таза.",
                        "Раньше не знали, куда девать мусор. Теперь трактор приходит каждую "
                        "среду, и улица чистая.",
                        "We never knew where to put our rubbish. Now the tractor comes every "
                        "Wednesday and our street is clean.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "житель села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (2500, 9000),
            "total_kgs": (900_000, 2_000_000),
            "groups": ["children", "elderly"],
        },
        {
            "title": T(
                "Таштанды чыгарууну жеке ишкер аткарат: {municipality} айыл аймагында "
                "келишим түзүлдү",
                "Вывоз мусора передан частному подрядчику: опыт айылного аймака {municipality}",
                "A private contractor now collects rubbish in {municipality}",
            ),
            "summary": T(
                "Айыл өкмөтү контейнер аянтчаларын куруп, таштанды чыгарууну сынак аркылуу "
                "тандалган жеке ишкерге тапшырды. Тургундар тарифти коомдук угууда "
                "талкуулашты.",
                "Айыл окмоту оборудовал контейнерные площадки и по конкурсу передал вывоз "
                "мусора частному подрядчику. Жители обсудили тариф на публичных слушаниях.",
                "The aiyl okmotu built bin sites and, after a tender, contracted rubbish "
                "collection out to a private firm. Residents discussed the fee at a public "
                "hearing.",
            ),
            "problem": T(
                "<p>Айыл өкмөтүнүн эски таштанды ташуучу унаасы тез-тез бузулуп, таштанды "
                "айлап чыгарылбай калчу. Контейнерлердин жанында таштанды үйүлүп, ит-мышыктар "
                "аны көчөгө чачышчу.</p>",
                "<p>Старый мусоровоз айыл окмоту постоянно ломался, и мусор месяцами не "
                "вывозили. У контейнеров росли кучи отходов, которые растаскивали собаки и "
                "кошки.</p>",
                "<p>The aiyl okmotu's old rubbish truck kept breaking down and rubbish went "
                "uncollected for months. Piles built up around the bins and stray dogs and cats "
                "scattered them across the street.</p>",
            ),
            "identification_method": "joint_action_plan",
            "identification_details": T(
                "<p>Маселе биргелешкен аракеттердин планында мурдатан бар болчу. Айылдык кеңеш "
                "кызматты аутсорсингге берүү сунушун коомдук угууга алып чыгып, андан кийин "
                "айылдык жыйын чечим кабыл алды.</p>",
                "<p>Задача давно стояла в плане совместных действий. Айылный кенеш вынес "
                "предложение передать услугу на аутсорсинг на публичные слушания, после чего "
                "решение принял сельский сход.</p>",
                "<p>The problem had long been in the joint action plan. The aiyl kenesh took a "
                "proposal to outsource the service to a public hearing, and the village "
                "gathering then made the decision.</p>",
            ),
            "alternatives": [
                T(
                    "Контейнер аянтчалары жана жеке ишкер менен келишим",
                    "Контейнерные площадки и договор с частным подрядчиком",
                    "Bin sites and a contract with a private firm",
                ),
                T(
                    "Айыл өкмөтүнүн эски унаасын оңдоо",
                    "Ремонт старого мусоровоза айыл окмоту",
                    "Repairing the aiyl okmotu's old truck",
                ),
            ],
            "outputs": [
                {
                    "quantity": (10, 25),
                    "unit": "pcs",
                    "description": T(
                        "тосулган контейнер аянтчалары",
                        "огороженные контейнерные площадки",
                        "fenced bin sites",
                    ),
                },
                {
                    "quantity": (30, 80),
                    "unit": "pcs",
                    "description": T(
                        "металл контейнерлер", "металлические контейнеры", "steel bins"
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Бетон негизи жана тосмосу бар контейнер аянтчалары курулуп, жаңы металл "
                "контейнерлер коюлду. Жеке ишкер менен бир жылга келишим түзүлүп, анда "
                "таштанды чыгаруунун графиги жана сапат талаптары жазылды.</p>",
                "<p>Построены контейнерные площадки с бетонным основанием и ограждением, "
                "поставлены новые металлические контейнеры. С подрядчиком заключён договор на "
                "год, где прописаны график вывоза и требования к качеству.</p>",
                "<p>Bin sites with concrete bases and fences were built and new steel bins put "
                "out. A one-year contract with the firm sets out the collection timetable and "
                "quality requirements.</p>",
            ),
            "result": T(
                "<p>Таштанды графикке ылайык чыгарылат, ал эми айыл өкмөтү унааны кармоого "
                "кеткен чыгымдардан кутулду. Тургундар даттанууларын телефон же WhatsApp "
                "аркылуу айтышат.</p>",
                "<p>Мусор вывозят по графику, а айыл окмоту избавился от расходов на содержание "
                "техники. Жалобы жители передают по телефону или в WhatsApp.</p>",
                "<p>Rubbish is collected on schedule and the aiyl okmotu no longer pays to keep "
                "a truck running. Residents send complaints by phone or WhatsApp.</p>",
            ),
            "operator_kind": "private",
            "operator_name": T(
                "{municipality} айыл өкмөтү менен келишим боюнча иштеген жеке ишкер",
                "Частный подрядчик по договору с айыл окмоту {municipality}",
                "A private contractor working under contract with {municipality} aiyl okmotu",
            ),
            "tariff": True,
            "sustainability_note": T(
                "Тариф айылдык кеңеш тарабынан бекитилип, акы айыл өкмөтүнүн эсебине түшөт; "
                "айыл өкмөтү ишкерге аткарылган иш үчүн гана төлөйт.",
                "Тариф утверждён айылным кенешем, плата поступает на счёт айыл окмоту, который "
                "платит подрядчику только за выполненную работу.",
                "The fee was approved by the aiyl kenesh and is paid to the aiyl okmotu, which "
                "pays the contractor only for work actually done.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу келишимдин аткарылышын текшерип, "
                "кварталдык отчетун айылдык кеңештин сессиясында угузат.",
                "Группа совместного мониторинга и оценки следит за исполнением договора и "
                "ежеквартально отчитывается на сессии айылного кенеша.",
                "The joint monitoring and evaluation group checks the contract is honoured and "
                "reports each quarter to a session of the aiyl kenesh.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Ишкер кечиксе, биз дароо билебиз жана айыл өкмөтүнө кабарлайбыз. "
                        "Келишимде баары жазылган.",
                        "Если подрядчик опаздывает, мы сразу это видим и сообщаем в айыл "
                        "окмоту. В договоре всё прописано.",
                        "If the contractor is late we see it straight away and tell the aiyl "
                        "okmotu. It is all written in the contract.",
                    ),
                    "role": T(
                        "биргелешкен мониторинг жана баалоо тобунун мүчөсү",
                        "член группы совместного мониторинга и оценки",
                        "a member of the joint monitoring and evaluation group",
                    ),
                },
            ],
            "beneficiaries": (3000, 12000),
            "total_kgs": (700_000, 1_800_000),
            "groups": ["children", "elderly"],
        },
    ],
    "street-lighting": [
        {
            "title": T(
                "Жарык көчө – коопсуз айыл: {village} айылынын көчөлөрүнө LED чырактар орнотулду",
                "Светлая улица – безопасное село: в {village} установили светодиодные фонари",
                "Bright streets, safe village: LED lamps light up {village}",
            ),
            "summary": T(
                "{village} айылынын борбордук көчөлөрүнө жана мектепке баруучу жолго "
                "энергияны үнөмдөөчү чырактар орнотулду. Кечинде балдар жана аялдар коркпой "
                "жүрө башташты.",
                "Энергосберегающие фонари осветили центральные улицы села {village} и дорогу к "
                "школе. Дети и женщины перестали бояться ходить по вечерам.",
                "Energy-saving lamps now light the main streets of {village} and the road to "
                "school. Children and women are no longer afraid to walk in the evening.",
            ),
            "problem": T(
                "<p>Кыш айларында саат беште эле караңгы кирет. Экинчи сменадан кайткан "
                "окуучулар жана кечки автобустан түшкөн тургундар караңгы көчөлөр менен "
                "жүрүшчү, ит кабуу жана уурулук учурлары катталып турчу.</p>",
                "<p>Зимой темнеет уже к пяти часам. Школьники второй смены и жители, "
                "возвращавшиеся вечерним автобусом, шли по тёмным улицам; случались нападения "
                "собак и кражи.</p>",
                "<p>In winter it is dark by five. Pupils coming home from the second shift and "
                "residents off the evening bus walked along unlit streets, and dog attacks and "
                "thefts were reported.</p>",
            ),
            "identification_method": "pra",
            "identification_details": T(
                "<p>Элет көйгөйүн биргеликте аныктоодо жаштар жана аялдар тобу айылдын "
                "«коркунучтуу жерлеринин» картасын түзүштү. Көчөлөрдү жарыктандыруу "
                "биргелешкен аракеттердин планына кирип, айылдык жыйында көпчүлүк добуш "
                "алды.</p>",
                "<p>В ходе совместного изучения нужд сообщества группы молодёжи и женщин "
                "составили карту «опасных мест» села. Уличное освещение вошло в план совместных "
                "действий и набрало большинство голосов на сельском сходе.</p>",
                "<p>During the participatory appraisal, groups of young people and women mapped "
                "the village's unsafe spots. Street lighting went into the joint action plan and "
                "won a majority at the village gathering.</p>",
            ),
            "alternatives": [
                T("Көчөлөрдү жарыктандыруу", "Уличное освещение", "Street lighting"),
                T("Ички жолдорду оңдоо", "Ремонт внутренних дорог", "Repairing village roads"),
                T(
                    "Маданият үйүнүн чатырын оңдоо",
                    "Ремонт крыши дома культуры",
                    "Repairing the culture house roof",
                ),
            ],
            "outputs": [
                {
                    "quantity": (3, 8),
                    "unit": "km",
                    "description": T("жарыктандыруу линиясы", "линия освещения", "lighting line"),
                },
                {
                    "quantity": (60, 180),
                    "unit": "pcs",
                    "description": T("LED чырактар", "светодиодные фонари", "LED street lamps"),
                },
            ],
            "outputs_text": T(
                "<p>Өзүнчө электр линиясы тартылып, мамыларга LED чырактар орнотулду. Чырактар "
                "караңгы киргенде өзү күйүп, таң атканда өчүүчү таймерге туташтырылды.</p>",
                "<p>Проложена отдельная линия, на опорах установлены светодиодные фонари. Они "
                "подключены к таймеру и сами включаются в сумерках и гаснут на рассвете.</p>",
                "<p>A separate line was run and LED lamps fixed to the poles. They are on a "
                "timer that switches them on at dusk and off at dawn.</p>",
            ),
            "result": T(
                "<p>Кечинде көчөлөрдө адамдар көбөйдү, дүкөндөр кечирээк жабыла баштады. "
                "Участкалык инспектордун айтымында, караңгыда болгон укук бузуулар "
                "азайган.</p>",
                "<p>По вечерам на улицах стало больше людей, магазины работают дольше. По "
                "словам участкового, правонарушений в тёмное время стало меньше.</p>",
                "<p>More people are out in the evening and the shops stay open later. The local "
                "police officer says offences after dark have fallen.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Электр энергиясына жана лампаларды алмаштырууга каражат жыл сайын "
                "жергиликтүү бюджетте каралат. LED чырактар эски лампаларга караганда "
                "электрди бир нече эсе аз керектейт.",
                "Средства на электроэнергию и замену ламп ежегодно закладываются в местный "
                "бюджет. Светодиодные фонари потребляют в несколько раз меньше старых ламп.",
                "Money for electricity and replacement lamps is set aside in the local budget "
                "every year. The LED lamps use several times less power than the old ones.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу чырактардын иштешин ай сайын "
                "текшерип, күйбөй калгандарын айыл өкмөтүнө билдирет.",
                "Группа совместного мониторинга и оценки ежемесячно обходит улицы и сообщает "
                "айыл окмоту о неработающих фонарях.",
                "The joint monitoring and evaluation group walks the streets every month and "
                "reports any lamps that are out to the aiyl okmotu.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Кызым экинчи сменада окуйт. Мурда ар кечте аны тосуп чыкчумун, азыр "
                        "көчө жарык, тынч болдум.",
                        "Дочь учится во вторую смену. Раньше я каждый вечер выходила её "
                        "встречать, а теперь улица освещена, и я спокойна.",
                        "My daughter is in the second shift. I used to go out to meet her every "
                        "evening; now the street is lit and I don't worry.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (1500, 6000),
            "total_kgs": (600_000, 2_500_000),
            "groups": ["women", "children", "youth"],
        },
        {
            "title": T(
                "Мектепке баруучу жолго күн батареялуу чырактар",
                "Фонари на солнечных батареях вдоль дороги в школу",
                "Solar lamps along the road to school",
            ),
            "summary": T(
                "{municipality} айыл аймагы «Жергиликтүү демилге» сынагында жеңип, сыйлыкка "
                "{village} айылынан мектепке чейинки жолго күн батареялуу чырактарды орнотту.",
                "Айылный аймак {municipality} победил в конкурсе «Местная инициатива» и на "
                "призовые средства установил фонари на солнечных батареях вдоль дороги от села "
                "{village} до школы.",
                "{municipality} aiyl aimak won the local initiative competition and used the "
                "prize to put solar lamps along the road from {village} to the school.",
            ),
            "problem": T(
                "<p>{village} айылынын балдары коңшу айылдагы мектепке жөө барышат. Жол "
                "талаа аркылуу өтөт, ал жерде электр линиясы жок, кышында балдар эртең менен "
                "да, кечинде да караңгыда басышчу.</p>",
                "<p>Дети из села {village} ходят пешком в школу в соседнем селе. Дорога идёт "
                "через поле, где нет электросети, и зимой дети шли в темноте и утром, и "
                "вечером.</p>",
                "<p>Children from {village} walk to school in the next village. The road crosses "
                "open fields with no power line, so in winter they walked in the dark both "
                "morning and evening.</p>",
            ),
            "identification_method": "competition",
            "identification_details": T(
                "<p>Демилгелүү топ ата-энелер жана мугалимдер менен жолугушуп, сынакка "
                "табыштама даярдады. Сынактын жеңишинен кийин айылдык жыйын сыйлыктын "
                "каражатын жарыктандырууга жумшоону чечти.</p>",
                "<p>Инициативная группа встретилась с родителями и учителями и подготовила "
                "заявку на конкурс. После победы сельский сход решил направить призовые "
                "средства на освещение.</p>",
                "<p>The initiative group met parents and teachers and prepared an entry for the "
                "competition. After the win, the village gathering decided to spend the prize on "
                "lighting.</p>",
            ),
            "alternatives": [
                T(
                    "Мектепке баруучу жолду жарыктандыруу",
                    "Освещение дороги в школу",
                    "Lighting the road to school",
                ),
                T(
                    "Мектептин спорт залына жабдуулар",
                    "Оборудование для школьного спортзала",
                    "Equipment for the school gym",
                ),
            ],
            "outputs": [
                {
                    "quantity": (1, 3),
                    "unit": "km",
                    "description": T("жарыктандырылган жол", "освещённая дорога", "lit road"),
                },
                {
                    "quantity": (25, 60),
                    "unit": "pcs",
                    "description": T(
                        "күн батареялуу чырактар",
                        "фонари на солнечных батареях",
                        "solar street lamps",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Жол боюна күн батареясы жана аккумулятору бар чырактар орнотулду. Аларга "
                "электр линиясы керек эмес жана электр үчүн акы төлөнбөйт.</p>",
                "<p>Вдоль дороги поставлены фонари с солнечными панелями и аккумуляторами. Им "
                "не нужна электросеть и не нужно платить за электричество.</p>",
                "<p>Lamps with solar panels and batteries were put up along the road. They need "
                "no power line and no electricity bill.</p>",
            ),
            "result": T(
                "<p>Балдар мектепке жарык жол менен барышат. Ата-энелер кышкы айларда "
                "балдарын машина менен жеткирүүгө акча коротпой калышты.</p>",
                "<p>Дети ходят в школу по освещённой дороге. Родителям больше не приходится "
                "зимой платить за то, чтобы отвозить детей на машине.</p>",
                "<p>Children walk to school along a lit road, and parents no longer pay to drive "
                "them in the winter months.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Аккумуляторлорду алмаштырууга каражат жергиликтүү бюджетте каралды; чырактарды "
                "мектептин кароолчусу кайтарат.",
                "Средства на замену аккумуляторов предусмотрены в местном бюджете; за фонарями "
                "присматривает школьный сторож.",
                "The local budget sets aside money for replacement batteries, and the school "
                "caretaker keeps an eye on the lamps.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобуна улук класстардын эки окуучусу "
                "кошулуп, чырактардын иштешин текшерип турушат.",
                "В группу совместного мониторинга и оценки вошли двое старшеклассников, которые "
                "следят за работой фонарей.",
                "Two senior pupils joined the joint monitoring and evaluation group and check "
                "that the lamps are working.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Табыштаманы бүт айыл болуп жаздык, ошондуктан бул чырактар баарыбыздын "
                        "эмгегибиз.",
                        "Заявку мы писали всем селом, поэтому эти фонари — общий труд.",
                        "The whole village wrote the entry together, so these lamps are all of "
                        "our work.",
                    ),
                    "role": T(
                        "демилгелүү топтун мүчөсү",
                        "член инициативной группы",
                        "a member of the initiative group",
                    ),
                },
            ],
            "beneficiaries": (300, 1200),
            "total_kgs": (600_000, 1_500_000),
            "groups": ["children"],
        },
    ],
    "local-roads": [
        {
            "title": T(
                "{village} айылынын көчөлөрүнө шагыл төшөлүп, суу өткөргүчтөр орнотулду",
                "В селе {village} отсыпали улицы гравием и уложили водопропускные трубы",
                "Gravel and culverts for the streets of {village}",
            ),
            "summary": T(
                "Бюджеттик угууда тургундар ички жолдорду оңдоону сунушташты. Айыл өкмөтү "
                "көчөлөргө шагыл төшөп, суу өткөргүч түтүктөрдү орнотту.",
                "На бюджетных слушаниях жители предложили отремонтировать внутренние дороги. "
                "Айыл окмоту отсыпал улицы гравием и уложил водопропускные трубы.",
                "At the budget hearing residents asked for the village roads to be repaired. "
                "The aiyl okmotu laid gravel on the streets and put in culverts.",
            ),
            "problem": T(
                "<p>Жаз менен күздө айылдын көчөлөрү баткакка айланчу. Тез жардам жана "
                "таштанды ташуучу унаа айрым көчөлөргө кире алчу эмес, балдар мектепке "
                "резина өтүк менен барышчу.</p><p>Арыктардан ашып чыккан суу жолду жууп "
                "кетчү.</p>",
                "<p>Весной и осенью улицы села превращались в грязь. Скорая помощь и "
                "мусоровоз не могли заехать на некоторые улицы, дети ходили в школу в резиновых "
                "сапогах.</p><p>Вода из переполненных арыков размывала дорогу.</p>",
                "<p>In spring and autumn the village streets turned to mud. The ambulance and "
                "the rubbish truck could not get into some streets, and children went to school "
                "in rubber boots.</p><p>Water overflowing from the irrigation ditches washed the "
                "road away.</p>",
            ),
            "identification_method": "budget_hearing",
            "identification_details": T(
                "<p>Жергиликтүү бюджеттин долбоору боюнча коомдук угууда ички жолдор "
                "тургундардын сунуштарынын ичинен биринчи орунга чыкты. Айылдык кеңеш бул "
                "сунушту бюджетке киргизип, айылдык жыйын кайсы көчөлөр биринчи оңдоло "
                "турганын аныктады.</p>",
                "<p>На публичных слушаниях по проекту местного бюджета внутренние дороги "
                "оказались первыми среди предложений жителей. Айылный кенеш включил их в бюджет, "
                "а сельский сход определил, какие улицы ремонтировать в первую очередь.</p>",
                "<p>At the public hearing on the draft local budget, village roads topped "
                "residents' proposals. The aiyl kenesh put the work into the budget, and the "
                "village gathering decided which streets came first.</p>",
            ),
            "alternatives": [
                T(
                    "Ички жолдорго шагыл төшөө",
                    "Гравийная отсыпка внутренних дорог",
                    "Gravel for the village roads",
                ),
                T(
                    "Айыл өкмөтүнүн имаратын оңдоо",
                    "Ремонт здания айыл окмоту",
                    "Repairing the aiyl okmotu building",
                ),
                T(
                    "Көрүстөндү тосуу",
                    "Ограждение кладбища",
                    "Fencing the cemetery",
                ),
            ],
            "outputs": [
                {
                    "quantity": (2, 6),
                    "unit": "km",
                    "description": T(
                        "шагыл төшөлгөн көчөлөр",
                        "улицы с гравийным покрытием",
                        "gravelled streets",
                    ),
                },
                {
                    "quantity": (4, 12),
                    "unit": "pcs",
                    "description": T(
                        "суу өткөргүч түтүктөр",
                        "водопропускные трубы",
                        "culverts",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Көчөлөр грейдер менен тегизделип, шагыл төшөлүп, каток менен тыгыздалды. "
                "Арыктар жолду кесип өткөн жерлерге суу өткөргүч түтүктөр коюлду.</p>",
                "<p>Улицы выровнены грейдером, отсыпаны гравием и укатаны катком. Там, где "
                "арыки пересекают дорогу, уложены водопропускные трубы.</p>",
                "<p>The streets were levelled with a grader, covered with gravel and rolled. "
                "Culverts were laid where irrigation ditches cross the road.</p>",
            ),
            "result": T(
                "<p>Көчөлөр жаан-чачында да өтүүгө жарактуу. Тез жардам унаасы каалаган үйгө "
                "жете алат, мектеп автобусу айылдын четине чейин барат.</p>",
                "<p>Улицы проезжие и в распутицу. Скорая может доехать до любого дома, школьный "
                "автобус доходит до окраины села.</p>",
                "<p>The streets stay passable in wet weather. The ambulance can reach any house "
                "and the school bus goes out to the edge of the village.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Жолдорду жыл сайын кармоого жергиликтүү бюджеттен каражат бөлүнөт; арыктарды "
                "тазалоону ар бир көчөнүн тургундары өздөрү уюштурушат.",
                "На ежегодное содержание дорог выделяются средства из местного бюджета; чистку "
                "арыков жители каждой улицы организуют сами.",
                "The local budget pays for yearly upkeep of the roads; residents of each street "
                "clean the ditches themselves.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу шагылдын калыңдыгын өлчөп, иш "
                "кабыл алуу актысына кол койду.",
                "Группа совместного мониторинга и оценки замеряла толщину гравийного слоя и "
                "подписала акт приёмки работ.",
                "The joint monitoring and evaluation group measured the depth of the gravel and "
                "signed the acceptance certificate.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Биз угууда айтканбыз, айылдык кеңеш уккан. Эми көчөбүздө баткак жок.",
                        "Мы сказали об этом на слушаниях, и кенеш нас услышал. Теперь на нашей "
                        "улице нет грязи.",
                        "We said it at the hearing and the council listened. There's no more mud "
                        "on our street.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "житель села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (1000, 4500),
            "total_kgs": (900_000, 3_500_000),
            "groups": ["children", "elderly"],
        },
        {
            "title": T(
                "Дарыянын аркы өйүзүндөгү көчөлөр үчүн жаңы көпүрө жана жол",
                "Новый мост и дорога для заречных улиц",
                "A new bridge and road for the streets across the river",
            ),
            "summary": T(
                "{village} айылынын дарыянын аркы өйүзүндөгү көчөлөрү жаз сайын айылдан "
                "ажырап калчу. Эми ал жакка бетон көпүрө жана шагыл жол бар.",
                "Заречные улицы села {village} каждую весну оказывались отрезаны от села. "
                "Теперь туда ведут бетонный мост и гравийная дорога.",
                "Every spring the streets of {village} across the river were cut off from the "
                "rest of the village. Now a concrete bridge and a gravel road lead there.",
            ),
            "problem": T(
                "<p>Дарыя аркылуу өткөн эски жыгач көпүрө сел учурунда агып кеткен. Тургундар "
                "суудан кечип же бир нече километр айланып өтүшчү, кары-картаңдар "
                "фельдшердик-акушердик пунктка жете алчу эмес.</p>",
                "<p>Старый деревянный мост через реку унесло селем. Жителям приходилось идти "
                "вброд или делать крюк в несколько километров, а пожилые люди не могли "
                "добраться до фельдшерско-акушерского пункта.</p>",
                "<p>The old wooden bridge over the river was swept away by a mudflow. Residents "
                "waded across or made a detour of several kilometres, and elderly people could "
                "not get to the health post.</p>",
            ),
            "identification_method": "joint_action_plan",
            "identification_details": T(
                "<p>Көпүрө биргелешкен аракеттердин планына мурунку жылы эле киргизилген. "
                "Демилгелүү топ долбоордук-сметалык документацияны даярдатып, айылдык жыйында "
                "тургундар салым кошууга макул болушту.</p>",
                "<p>Мост ещё в прошлом году включили в план совместных действий. Инициативная "
                "группа заказала проектно-сметную документацию, а на сельском сходе жители "
                "согласились внести свой вклад.</p>",
                "<p>The bridge had been in the joint action plan since the previous year. The "
                "initiative group had the design and cost estimate drawn up, and at the village "
                "gathering residents agreed to contribute.</p>",
            ),
            "alternatives": [
                T(
                    "Бетон көпүрө жана жол",
                    "Бетонный мост и дорога",
                    "A concrete bridge and road",
                ),
                T(
                    "Убактылуу жыгач көпүрөнү калыбына келтирүү",
                    "Восстановление временного деревянного моста",
                    "Rebuilding a temporary wooden bridge",
                ),
            ],
            "outputs": [
                {
                    "quantity": (12, 30),
                    "unit": "m",
                    "description": T("бетон көпүрө", "бетонный мост", "concrete bridge"),
                },
                {
                    "quantity": (1, 3),
                    "unit": "km",
                    "description": T("шагыл жол", "гравийная дорога", "gravel road"),
                },
            ],
            "outputs_text": T(
                "<p>Бетон тирөөчтөрү бар көпүрө курулуп, жээктер таш менен бекемделди. "
                "Көпүрөдөн көчөлөргө чейин шагыл жол салынды; тургундар жумушчу күч жана "
                "техника менен жардам беришти.</p>",
                "<p>Построен мост на бетонных опорах, берега укреплены камнем. От моста до улиц "
                "проложена гравийная дорога; жители помогли рабочей силой и техникой.</p>",
                "<p>A bridge on concrete piers was built and the banks reinforced with stone. A "
                "gravel road runs from the bridge to the streets; residents helped with labour "
                "and machinery.</p>",
            ),
            "result": T(
                "<p>Аркы өйүздөгү үй-бүлөлөр жыл бою мектепке, фельдшердик-акушердик пунктка "
                "жана базарга жете алышат. Сел учурунда да көпүрө коопсуз.</p>",
                "<p>Семьи с того берега круглый год добираются до школы, ФАПа и рынка. Мост "
                "безопасен и во время паводков.</p>",
                "<p>Families on the far bank can reach the school, health post and market all "
                "year round, and the bridge is safe even in floods.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Көпүрө айыл өкмөтүнүн балансына алынды; жаз сайын сел алдында аны текшерүү "
                "жана тазалоо жергиликтүү бюджетте каралат.",
                "Мост принят на баланс айыл окмоту; его осмотр и очистка перед паводком каждую "
                "весну предусмотрены в местном бюджете.",
                "The bridge is on the aiyl okmotu's books, and the local budget pays for "
                "inspecting and clearing it before the spring floods.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу курулуш учурунда ар жумада объектке "
                "барып, байкоолорун журналга жазып турду.",
                "Группа совместного мониторинга и оценки еженедельно выезжала на объект во "
                "время строительства и вела журнал наблюдений.",
                "The joint monitoring and evaluation group visited the site every week during "
                "construction and kept a log of what it saw.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Жаз келсе эле дарыянын аркы өйүзүндө калып калчубуз. Азыр неберемди "
                        "фельдшердик пунктка он мүнөттө жетелеп барам.",
                        "Каждую весну мы оказывались отрезаны на том берегу. Теперь до "
                        "медпункта с внуком идём десять минут.",
                        "Every spring we were stuck on the far bank. Now it takes me ten minutes "
                        "to walk my grandson to the health post.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (400, 1800),
            "total_kgs": (1_200_000, 4_000_000),
            "groups": ["elderly", "children"],
        },
    ],
    "preschool": [
        {
            "title": T(
                "Бош турган имарат балдар бакчасына айланды: {village} айылында жаңы топтор ачылды",
                "Пустовавшее здание стало детским садом: в селе {village} открылись новые группы",
                "An empty building becomes a kindergarten in {village}",
            ),
            "summary": T(
                "{village} айылында көп жылдан бери бош турган имарат оңдолуп, балдар бакчасы "
                "ачылды. Артыкчылыкты энелер менен өткөрүлгөн фокус-топ аныктады.",
                "В селе {village} отремонтировали много лет пустовавшее здание и открыли в нём "
                "детский сад. Приоритет определила фокус-группа с матерями.",
                "A building in {village} that had stood empty for years was repaired and opened "
                "as a kindergarten. A focus group with mothers set the priority.",
            ),
            "problem": T(
                "<p>Айылда балдар бакчасы жок болчу, эң жакынкысы райондун борборунда, ал "
                "жакта да кезек узун. Кичинекей балдары бар энелер жумушка чыга алышчу эмес, "
                "балдар мектепке даярдыксыз келишчү.</p>",
                "<p>В селе не было детского сада, ближайший — в райцентре, и там длинная "
                "очередь. Матери маленьких детей не могли выйти на работу, а дети приходили в "
                "школу неподготовленными.</p>",
                "<p>The village had no kindergarten; the nearest was in the rayon centre, with a "
                "long waiting list. Mothers of small children could not go out to work, and "
                "children started school unprepared.</p>",
            ),
            "identification_method": "focus_group",
            "identification_details": T(
                "<p>Айыл өкмөтү жаш энелер жана көп балалуу үй-бүлөлөр менен фокус-топ "
                "өткөрдү. Балдар бакчасы алардын эң негизги талабы болуп чыкты; сунуш "
                "биргелешкен аракеттердин планына кирип, айылдык жыйында колдоо тапты.</p>",
                "<p>Айыл окмоту провёл фокус-группу с молодыми матерями и многодетными семьями. "
                "Детский сад оказался их главной просьбой; предложение вошло в план совместных "
                "действий и было поддержано на сельском сходе.</p>",
                "<p>The aiyl okmotu held a focus group with young mothers and large families. A "
                "kindergarten was their first request; it went into the joint action plan and "
                "was backed by the village gathering.</p>",
            ),
            "alternatives": [
                T(
                    "Балдар бакчасын ачуу",
                    "Открытие детского сада",
                    "Opening a kindergarten",
                ),
                T(
                    "Спорт аянтчасын куруу",
                    "Строительство спортплощадки",
                    "Building a sports ground",
                ),
                T(
                    "Ички жолдорду оңдоо",
                    "Ремонт внутренних дорог",
                    "Repairing village roads",
                ),
            ],
            "outputs": [
                {
                    "quantity": (25, 75),
                    "unit": "places",
                    "description": T(
                        "балдар бакчасындагы орундар",
                        "места в детском саду",
                        "kindergarten places",
                    ),
                },
                {
                    "quantity": (2, 3),
                    "unit": "pcs",
                    "description": T("жабдылган топтор", "оборудованные группы", "equipped groups"),
                },
            ],
            "outputs_text": T(
                "<p>Имараттын чатыры, терезелери жана жылытуу системасы алмаштырылды, ичинде "
                "ажаткана жана ашкана жабдылды. Топтор үчүн керебеттер, үстөл-отургучтар жана "
                "оюнчуктар сатып алынды.</p>",
                "<p>В здании заменили кровлю, окна и отопление, оборудовали санузел и кухню. "
                "Для групп купили кровати, столы, стулья и игрушки.</p>",
                "<p>The roof, windows and heating were replaced and a toilet block and kitchen "
                "fitted. Beds, tables, chairs and toys were bought for the groups.</p>",
            ),
            "result": T(
                "<p>Балдар бакчасына айылдын балдары барат, алардын ичинде аз камсыз болгон "
                "үй-бүлөлөрдүн балдары да бар. Бир нече эне жумушка чыгып, үй-бүлөсүнүн "
                "кирешесин көбөйттү.</p>",
                "<p>Детский сад посещают дети села, в том числе из малообеспеченных семей. "
                "Несколько матерей вышли на работу и пополнили семейный бюджет.</p>",
                "<p>Village children, including children from low-income families, now attend. "
                "Several mothers have gone back to work and added to their family income.</p>",
            ),
            "operator_kind": "institution",
            "operator_name": T(
                "{municipality} айыл өкмөтүнүн муниципалдык балдар бакчасы",
                "Муниципальный детский сад айыл окмоту {municipality}",
                "Municipal kindergarten of {municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Тарбиячылардын айлыгы жана тамак-аш жергиликтүү бюджеттен жана ата-энелердин "
                "төлөмүнөн каржыланат; аз камсыз болгон үй-бүлөлөр жеңилдик алышат.",
                "Зарплата воспитателей и питание финансируются из местного бюджета и "
                "родительской платы; малообеспеченные семьи пользуются льготой.",
                "Staff salaries and meals are paid from the local budget and parents' fees; "
                "low-income families pay less.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу оңдоо иштерин кабыл алууга катышып, "
                "азыр тамактануунун сапатын да көзөмөлдөйт.",
                "Группа совместного мониторинга и оценки участвовала в приёмке ремонта, а "
                "теперь следит и за качеством питания.",
                "The joint monitoring and evaluation group took part in accepting the repairs "
                "and now also keeps an eye on the quality of the meals.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Уулум бакчага барганы үч ай болду, азыр ырдап, санап жүрөт. Мен болсо "
                        "кайрадан мектепке мугалим болуп иштей баштадым.",
                        "Сын ходит в сад третий месяц, теперь поёт и считает. А я снова "
                        "работаю учительницей в школе.",
                        "My son has been going for three months and now he sings and counts. "
                        "And I am back at work as a teacher.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
                {
                    "text": T(
                        "Энелер өздөрү бул маселени көтөрүштү. Биз аларды угуп, чечим бюджетке "
                        "кирди.",
                        "Эту проблему подняли сами матери. Мы их выслушали, и решение вошло в "
                        "бюджет.",
                        "The mothers raised this themselves. We listened, and the decision went "
                        "into the budget.",
                    ),
                    "role": T(
                        "айыл өкмөтүнүн башчысы",
                        "глава айыл окмоту",
                        "the head of the aiyl okmotu",
                    ),
                },
            ],
            "beneficiaries": (40, 120),
            "total_kgs": (1_500_000, 4_500_000),
            "groups": ["children", "women", "low-income-families"],
        },
        {
            "title": T(
                "Өзгөчө муктаждыктары бар балдар үчүн инклюзивдүү топ",
                "Инклюзивная группа для детей с особыми потребностями",
                "An inclusive group for children with special needs",
            ),
            "summary": T(
                "{village} айылындагы балдар бакчасында ден соолугунун мүмкүнчүлүгү чектелген "
                "балдар үчүн инклюзивдүү топ ачылды: пандус, атайын жабдуулар жана даярдыктан "
                "өткөн тарбиячылар.",
                "В детском саду села {village} открылась инклюзивная группа для детей с "
                "ограниченными возможностями здоровья: пандус, специальное оборудование и "
                "обученные воспитатели.",
                "The kindergarten in {village} opened an inclusive group for children with "
                "disabilities, with a ramp, special equipment and trained staff.",
            ),
            "problem": T(
                "<p>Ден соолугунун мүмкүнчүлүгү чектелген балдар үйдө отуруп калышчу: балдар "
                "бакчасында пандус жок эле, тарбиячылар алар менен иштөөгө даяр эмес "
                "болчу.</p><p>Энелер бала кароо үчүн жумуштан кетүүгө аргасыз болушчу.</p>",
                "<p>Дети с ограниченными возможностями здоровья сидели дома: в детском саду не "
                "было пандуса, а воспитатели не были готовы с ними работать.</p><p>Матерям "
                "приходилось уходить с работы, чтобы ухаживать за ребёнком.</p>",
                "<p>Children with disabilities stayed at home: the kindergarten had no ramp and "
                "the staff were not trained to work with them.</p><p>Mothers had to give up "
                "their jobs to look after them.</p>",
            ),
            "identification_method": "joint_action_plan",
            "identification_details": T(
                "<p>Ата-энелер бирикмеси менен өткөрүлгөн жолугушуудан кийин маселе "
                "биргелешкен аракеттердин планына кирди. Айылдык жыйын инклюзивдүү топту "
                "биринчи кезектеги иш катары колдоду.</p>",
                "<p>После встречи с объединением родителей задача вошла в план совместных "
                "действий. Сельский сход поддержал инклюзивную группу как первоочередную.</p>",
                "<p>After a meeting with a parents' association the need went into the joint "
                "action plan, and the village gathering backed the inclusive group as the first "
                "priority.</p>",
            ),
            "alternatives": [
                T(
                    "Балдар бакчасында инклюзивдүү топ",
                    "Инклюзивная группа в детском саду",
                    "An inclusive kindergarten group",
                ),
                T(
                    "Маданият үйүндө жаңы сахна",
                    "Новая сцена в доме культуры",
                    "A new stage in the culture house",
                ),
                T(
                    "Мектептин короосун тосуу",
                    "Ограждение школьного двора",
                    "A fence for the school yard",
                ),
            ],
            "outputs": [
                {
                    "quantity": (10, 20),
                    "unit": "places",
                    "description": T(
                        "инклюзивдүү топтогу орундар",
                        "места в инклюзивной группе",
                        "places in the inclusive group",
                    ),
                },
                {
                    "quantity": (1, 2),
                    "unit": "pcs",
                    "description": T("пандустар", "пандусы", "ramps"),
                },
                {
                    "quantity": (3, 6),
                    "unit": "pcs",
                    "description": T(
                        "даярдыктан өткөн тарбиячылар",
                        "обученные воспитатели",
                        "trained staff",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Кире бериште пандус курулуп, эшиктер кеңейтилди, ажаткана ыңгайлаштырылды. "
                "Сенсордук бөлмө жабдылып, тарбиячылар жана логопед атайын окуудан "
                "өтүштү.</p>",
                "<p>У входа построен пандус, расширены двери, переоборудован санузел. Оснащена "
                "сенсорная комната, воспитатели и логопед прошли специальное обучение.</p>",
                "<p>A ramp was built at the entrance, doors widened and the toilets adapted. A "
                "sensory room was equipped, and the staff and a speech therapist received "
                "special training.</p>",
            ),
            "result": T(
                "<p>Өзгөчө муктаждыктары бар балдар башка балдар менен бирге тарбияланып, "
                "мектепке даярданышат. Бир нече эне кайра жумушка кайтты.</p>",
                "<p>Дети с особыми потребностями занимаются вместе с другими детьми и готовятся к "
                "школе. Несколько матерей вернулись на работу.</p>",
                "<p>Children with special needs learn alongside other children and get ready for "
                "school. Several mothers have returned to work.</p>",
            ),
            "operator_kind": "institution",
            "operator_name": T(
                "{municipality} айыл өкмөтүнүн муниципалдык балдар бакчасы",
                "Муниципальный детский сад айыл окмоту {municipality}",
                "Municipal kindergarten of {municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Инклюзивдүү топто ата-энелер акы төлөбөйт; логопеддин айлыгы жергиликтүү "
                "бюджетке киргизилди.",
                "Родители в инклюзивной группе не платят; ставка логопеда включена в местный "
                "бюджет.",
                "Parents in the inclusive group pay nothing; the speech therapist's salary was "
                "added to the local budget.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобуна ден соолугунун мүмкүнчүлүгү "
                "чектелген баланын энеси кошулуп, ыңгайлаштыруу иштерин текшерди.",
                "В группу совместного мониторинга и оценки вошла мать ребёнка с инвалидностью, "
                "которая проверяла работы по обустройству.",
                "The mother of a child with a disability joined the joint monitoring and "
                "evaluation group and checked the adaptation works.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Кызым биринчи жолу теңтуштары менен ойноп жатат. Бул биз үчүн чоң бакыт.",
                        "Дочь впервые играет со сверстниками. Для нас это большое счастье.",
                        "My daughter is playing with other children for the first time. It "
                        "means so much to us.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (15, 60),
            "total_kgs": (500_000, 1_500_000),
            "groups": ["children", "people-with-disabilities", "women"],
        },
    ],
    "schools": [
        {
            "title": T(
                "Кышында да жылуу класстар: {village} айылынын мектебинде жаңы казан жана "
                "терезелер",
                "Тёплые классы и зимой: в школе села {village} новая котельная и окна",
                "Warm classrooms in winter: a new boiler and windows for the school in {village}",
            ),
            "summary": T(
                "{village} айылынын мектебинде эски казан жана жыгач терезелер алмаштырылды. "
                "Эми кышында сабактар токтобойт, отунга кеткен чыгым азайды.",
                "В школе села {village} заменили старую котельную и деревянные окна. Теперь "
                "зимой занятия не прерываются, а расходы на топливо снизились.",
                "The school in {village} replaced its old boiler and wooden windows. Lessons no "
                "longer stop in winter and the fuel bill has fallen.",
            ),
            "problem": T(
                "<p>Мектептин көмүр казаны эскирип, класстарда кышында температура он "
                "градустан ашчу эмес. Жыгач терезелерден шамал кирип, окуучулар сырт кийим "
                "менен отурушчу.</p><p>Катуу суукта сабактар бир нече күнгө токтотулчу.</p>",
                "<p>Угольный котёл школы износился, и зимой в классах было не выше десяти "
                "градусов. Через деревянные окна дуло, ученики сидели в верхней одежде.</p><p>В "
                "сильные морозы занятия отменяли на несколько дней.</p>",
                "<p>The school's coal boiler was worn out and in winter the classrooms stayed "
                "below ten degrees. The wooden windows let in the wind, and pupils sat in their "
                "coats.</p><p>In hard frosts lessons were cancelled for days.</p>",
            ),
            "identification_method": "pra",
            "identification_details": T(
                "<p>Элет көйгөйүн биргеликте аныктоонун жүрүшүндө мугалимдер, ата-энелер жана "
                "окуучулар мектептин абалын баалашты. Жылуулук маселеси биргелешкен "
                "аракеттердин планына кирип, айылдык жыйында колдоо тапты.</p>",
                "<p>В ходе совместного изучения нужд сообщества учителя, родители и ученики "
                "оценили состояние школы. Проблема тепла вошла в план совместных действий и "
                "получила поддержку на сельском сходе.</p>",
                "<p>During the participatory appraisal teachers, parents and pupils assessed the "
                "state of the school. Heating went into the joint action plan and was backed "
                "by the village gathering.</p>",
            ),
            "alternatives": [
                T(
                    "Мектептин жылуулук системасын жана терезелерин алмаштыруу",
                    "Замена отопления и окон в школе",
                    "New heating and windows for the school",
                ),
                T("Жаңы спорт аянтчасы", "Новая спортплощадка", "A new sports ground"),
                T(
                    "Көчөлөрдү жарыктандыруу",
                    "Уличное освещение",
                    "Street lighting",
                ),
            ],
            "outputs": [
                {
                    "quantity": (1, 1),
                    "unit": "pcs",
                    "description": T(
                        "жаңы жылытуу казаны",
                        "новый отопительный котёл",
                        "new heating boiler",
                    ),
                },
                {
                    "quantity": (40, 90),
                    "unit": "pcs",
                    "description": T("пластик терезелер", "пластиковые окна", "PVC windows"),
                },
            ],
            "outputs_text": T(
                "<p>Казанканада үнөмдүү жаңы казан орнотулуп, түтүктөр жана радиаторлор "
                "алмаштырылды. Бардык класстарга пластик терезелер коюлду.</p>",
                "<p>В котельной установлен новый экономичный котёл, заменены трубы и "
                "радиаторы. Во всех классах поставлены пластиковые окна.</p>",
                "<p>A new, more efficient boiler was installed and the pipes and radiators "
                "replaced. Every classroom got PVC windows.</p>",
            ),
            "result": T(
                "<p>Кышында класстарда жылуу, сабактар суукка байланыштуу токтобойт. Мектеп "
                "көмүргө кеткен каражатты үнөмдөп, аны китептерге жумшай баштады.</p>",
                "<p>Зимой в классах тепло, и занятия из-за холода не отменяются. Сэкономленные "
                "на угле деньги школа тратит на книги.</p>",
                "<p>The classrooms are warm in winter and lessons are no longer cancelled for "
                "cold. The school spends what it saves on coal on books.</p>",
            ),
            "operator_kind": "institution",
            "operator_name": T(
                "{municipality} айыл аймагынын орто мектеби",
                "Средняя школа айылного аймака {municipality}",
                "Secondary school of {municipality} aiyl aimak",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Казанды тейлөө жана көмүр сатып алуу мектептин жана жергиликтүү бюджеттин "
                "эсебинен жүрөт; казанчы атайын окуудан өттү.",
                "Обслуживание котла и закупка угля идут за счёт школы и местного бюджета; "
                "кочегар прошёл обучение.",
                "The boiler's upkeep and coal are paid by the school and the local budget, and "
                "the stoker has been trained.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу ата-энелер комитети менен бирге "
                "класстардагы температураны кыш бою өлчөп турду.",
                "Группа совместного мониторинга и оценки вместе с родительским комитетом всю "
                "зиму замеряла температуру в классах.",
                "Together with the parents' committee, the joint monitoring and evaluation "
                "group measured classroom temperatures all winter.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Мурда кышында балдар колун дем менен жылытып жазышчу. Азыр алар "
                        "тынч отуруп, сабакка көңүл бурушат.",
                        "Раньше зимой дети писали, отогревая руки дыханием. Теперь они "
                        "спокойно сидят и думают об уроке.",
                        "In winter children used to warm their hands with their breath to write. "
                        "Now they sit calmly and think about the lesson.",
                    ),
                    "role": T(
                        "мектептин мугалими",
                        "учительница школы",
                        "a teacher at the school",
                    ),
                },
            ],
            "beneficiaries": (250, 900),
            "total_kgs": (1_200_000, 3_500_000),
            "groups": ["children"],
        },
        {
            "title": T(
                "Мектептин ичинде жылуу ажаткана жана кол жуугучтар",
                "Тёплые туалеты и умывальники в здании школы",
                "Indoor toilets and washbasins for the school",
            ),
            "summary": T(
                "{village} айылынын мектебинде короодогу эски ажаткананын ордуна имараттын "
                "ичинде суусу бар ажаткана жана кол жуугучтар жасалды. Муну кыздар жана "
                "алардын энелери сурашкан.",
                "В школе села {village} вместо старого уличного туалета оборудовали туалеты с "
                "водой и умывальники внутри здания. Об этом просили девочки и их матери.",
                "The school in {village} replaced its old outdoor latrine with indoor toilets "
                "and washbasins with running water. Girls and their mothers had asked for it.",
            ),
            "problem": T(
                "<p>Мектептин ажатканасы короонун аркы четинде жайгашкан жыгач курулуш болчу. "
                "Кышында суук, жазында баткак; кол жууганга суу жок эле.</p><p>Улук класстын "
                "кыздары тыныгууда ажатканага барбай, кээде үйгө кайтып кетишчү.</p>",
                "<p>Школьный туалет — деревянная постройка в дальнем конце двора. Зимой холодно, "
                "весной грязь, воды для мытья рук нет.</p><p>Старшеклассницы избегали туалета на "
                "переменах, а иногда уходили домой.</p>",
                "<p>The school toilet was a wooden shed at the far end of the yard: freezing in "
                "winter, muddy in spring, with no water to wash hands.</p><p>Older girls avoided "
                "it during breaks and sometimes went home instead.</p>",
            ),
            "identification_method": "focus_group",
            "identification_details": T(
                "<p>Мектептин медайымы жана ата-энелер комитети улук класстын кыздары жана "
                "энелер менен фокус-топ өткөрүштү. Ажаткана маселеси ачык айтылып, сунуш "
                "айылдык жыйынга алып чыгылды.</p>",
                "<p>Школьная медсестра и родительский комитет провели фокус-группу со "
                "старшеклассницами и матерями. Проблему туалетов назвали открыто, и предложение "
                "вынесли на сельский сход.</p>",
                "<p>The school nurse and the parents' committee held a focus group with older "
                "girls and their mothers. The toilet problem was named openly and the proposal "
                "was taken to the village gathering.</p>",
            ),
            "alternatives": [
                T(
                    "Мектептин ичинде ажаткана жана кол жуугучтар",
                    "Туалеты и умывальники внутри школы",
                    "Indoor toilets and washbasins",
                ),
                T(
                    "Мектептин ашканасын оңдоо",
                    "Ремонт школьной столовой",
                    "Repairing the school canteen",
                ),
            ],
            "outputs": [
                {
                    "quantity": (6, 14),
                    "unit": "pcs",
                    "description": T("ажаткана кабиналары", "туалетные кабины", "toilet stalls"),
                },
                {
                    "quantity": (8, 16),
                    "unit": "pcs",
                    "description": T("кол жуугучтар", "умывальники", "washbasins"),
                },
                {
                    "quantity": (4, 10),
                    "unit": "m3",
                    "description": T("септик", "септик", "septic tank"),
                },
            ],
            "outputs_text": T(
                "<p>Биринчи кабатта кыздар жана балдар үчүн өзүнчө ажаткана бөлмөлөрү жасалып, "
                "суу жана септик туташтырылды. Ар бир кабатка кол жуугучтар коюлду, бир "
                "кабина ден соолугунун мүмкүнчүлүгү чектелген балдар үчүн ыңгайлаштырылды.</p>",
                "<p>На первом этаже оборудованы отдельные туалетные комнаты для девочек и "
                "мальчиков, подведены вода и септик. На каждом этаже установлены умывальники, "
                "одна кабина приспособлена для детей с инвалидностью.</p>",
                "<p>Separate toilet rooms for girls and boys were fitted on the ground floor, "
                "with water and a septic tank. Every floor got washbasins, and one stall was "
                "adapted for children with disabilities.</p>",
            ),
            "result": T(
                "<p>Окуучулар тыныгууда колун самын менен жууй алышат. Медайым кыз балдардын "
                "сабакты калтыруусу азайганын белгилейт.</p>",
                "<p>Ученики могут мыть руки с мылом на каждой перемене. Медсестра отмечает, что "
                "девочки стали реже пропускать уроки.</p>",
                "<p>Pupils can wash their hands with soap at every break, and the nurse says "
                "girls miss fewer lessons.</p>",
            ),
            "operator_kind": "institution",
            "operator_name": T(
                "{municipality} айыл аймагынын орто мектеби",
                "Средняя школа айылного аймака {municipality}",
                "Secondary school of {municipality} aiyl aimak",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Тазалоочунун айлыгы жана гигиена каражаттары мектептин бюджетинде каралды; "
                "ата-энелер комитети септикти тазалоого акча чогултат.",
                "Зарплата уборщицы и средства гигиены заложены в бюджет школы; родительский "
                "комитет собирает средства на откачку септика.",
                "The school budget covers a cleaner and hygiene supplies; the parents' "
                "committee collects money to empty the septic tank.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу окуучулардын өз өкүлдөрү менен бирге "
                "ажаткананын тазалыгын ар чейрек сайын текшерет.",
                "Группа совместного мониторинга и оценки вместе с представителями учеников "
                "каждую четверть проверяет чистоту туалетов.",
                "The joint monitoring and evaluation group and pupil representatives check the "
                "toilets' cleanliness every term.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Мурда кышында тыныгууда сыртка чыккандан коркчубуз. Азыр бул жөнүндө "
                        "ойлобой калдык.",
                        "Раньше зимой мы боялись выходить на перемене на улицу. Теперь об этом "
                        "даже не думаем.",
                        "We used to dread going outside at break in winter. Now we don't even "
                        "think about it.",
                    ),
                    "role": T(
                        "мектептин окуучусу",
                        "ученица школы",
                        "a pupil at the school",
                    ),
                },
            ],
            "beneficiaries": (200, 800),
            "total_kgs": (800_000, 2_200_000),
            "groups": ["children", "women", "people-with-disabilities"],
        },
    ],
    "culture-leisure": [
        {
            "title": T(
                "{village} айылынын маданият үйү кайрадан эшигин ачты",
                "Дом культуры села {village} снова открыл двери",
                "The culture house in {village} reopens",
            ),
            "summary": T(
                "Жыйырма жылдан бери оңдолбогон маданият үйүнүн чатыры, жылытуусу жана "
                "көрүүчүлөр залы калыбына келтирилди. Эми ал жерде той-аштар, концерттер жана "
                "айылдык жыйындар өтөт.",
                "В доме культуры, который двадцать лет не ремонтировали, восстановили крышу, "
                "отопление и зрительный зал. Теперь здесь проходят праздники, концерты и "
                "сельские сходы.",
                "The culture house, unrepaired for twenty years, has a new roof, heating and "
                "auditorium. It now hosts celebrations, concerts and village gatherings.",
            ),
            "problem": T(
                "<p>Маданият үйүнүн чатыры агып, залдын шыбы кулап түшө баштаган. Имарат "
                "коопсуз эмес деп жабылып, айылдын бирден-бир коомдук жайы жок болуп "
                "калган.</p><p>Жаштар кечинде бара турган жер жок эле, ал эми ийримдер "
                "токтоп калган.</p>",
                "<p>Крыша дома культуры протекала, потолок в зале начал обваливаться. Здание "
                "закрыли как небезопасное, и село лишилось единственного общественного "
                "места.</p><p>Молодёжи вечером было некуда пойти, кружки прекратили работу.</p>",
                "<p>The culture house roof leaked and the auditorium ceiling had started to fall "
                "in. The building was closed as unsafe and the village lost its only public "
                "meeting place.</p><p>Young people had nowhere to go in the evening and the "
                "clubs had stopped.</p>",
            ),
            "identification_method": "budget_hearing",
            "identification_details": T(
                "<p>Жергиликтүү бюджеттин аткарылышы боюнча коомдук угууда жаштар жана "
                "кары-картаңдар кеңеши маданият үйүн оңдоону сунушташты. Айылдык кеңеш "
                "бюджетке өзгөртүү киргизип, айылдык жыйын долбоорду бекитти.</p>",
                "<p>На публичных слушаниях по исполнению местного бюджета молодёжь и совет "
                "аксакалов предложили отремонтировать дом культуры. Айылный кенеш внёс "
                "изменения в бюджет, сельский сход утвердил проект.</p>",
                "<p>At the public hearing on the local budget's execution, young people and the "
                "elders' council proposed repairing the culture house. The aiyl kenesh amended "
                "the budget and the village gathering approved the project.</p>",
            ),
            "alternatives": [
                T(
                    "Маданият үйүн оңдоо",
                    "Ремонт дома культуры",
                    "Repairing the culture house",
                ),
                T("Жаңы мончо куруу", "Строительство новой бани", "A new public bathhouse"),
                T(
                    "Көчөлөрдү жарыктандыруу",
                    "Уличное освещение",
                    "Street lighting",
                ),
            ],
            "outputs": [
                {
                    "quantity": (150, 350),
                    "unit": "places",
                    "description": T(
                        "көрүүчүлөр залындагы орундар",
                        "места в зрительном зале",
                        "seats in the auditorium",
                    ),
                },
                {
                    "quantity": (1, 1),
                    "unit": "pcs",
                    "description": T(
                        "үн күчөткүч жабдуулар топтому",
                        "комплект звукового оборудования",
                        "sound system",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Чатыр толук алмаштырылып, залдын шыбы жана полу жаңыланды, жылытуу "
                "системасы орнотулду. Залга жаңы отургучтар коюлуп, үн күчөткүч жабдуулар "
                "сатып алынды, кире бериште пандус жасалды.</p>",
                "<p>Полностью заменена кровля, обновлены потолок и пол зала, установлено "
                "отопление. В зале поставлены новые кресла, куплено звуковое оборудование, у "
                "входа сделан пандус.</p>",
                "<p>The roof was replaced, the auditorium ceiling and floor renewed and heating "
                "installed. New seats and a sound system were bought, and a ramp built at the "
                "entrance.</p>",
            ),
            "result": T(
                "<p>Маданият үйүндө комуз жана бий ийримдери кайра иштей баштады, айылдык "
                "жыйындар жана коомдук угуулар жылуу залда өтөт.</p>",
                "<p>В доме культуры снова работают кружки комуза и танцев, сельские сходы и "
                "публичные слушания проходят в тёплом зале.</p>",
                "<p>Komuz and dance clubs are running again, and village gatherings and public "
                "hearings now take place in a warm hall.</p>",
            ),
            "operator_kind": "institution",
            "operator_name": T(
                "{municipality} айыл аймагынын маданият үйү",
                "Дом культуры айылного аймака {municipality}",
                "Culture house of {municipality} aiyl aimak",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Залды той-аштарга ижарага берүүдөн түшкөн каражат коммуналдык төлөмдөргө "
                "жумшалат; ижара акысын айылдык кеңеш бекитти.",
                "Доходы от аренды зала для торжеств идут на коммунальные платежи; ставку "
                "аренды утвердил айылный кенеш.",
                "Income from renting the hall for celebrations pays the utility bills; the aiyl "
                "kenesh approved the rental rate.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу курулуш материалдарынын сапатын "
                "текшерип, сметадагы өзгөртүүлөрдү тургундарга түшүндүрдү.",
                "Группа совместного мониторинга и оценки проверяла качество стройматериалов и "
                "разъясняла жителям изменения в смете.",
                "The joint monitoring and evaluation group checked the building materials and "
                "explained changes to the budget estimate to residents.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Бул залда мен жаш кезимде ырдачумун. Эми неберелерим ушул эле сахнага "
                        "чыгып жатат.",
                        "В этом зале я пела в молодости. Теперь на ту же сцену выходят мои внуки.",
                        "I sang in this hall when I was young. Now my grandchildren are on the "
                        "same stage.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (1500, 6000),
            "total_kgs": (1_000_000, 3_500_000),
            "groups": ["youth", "elderly", "children"],
        },
        {
            "title": T(
                "Бош жер сейил бакка айланды: {village} айылынын тургундары ашар менен бак тигишти",
                "Пустырь стал парком: жители села {village} высадили деревья и разбили сквер",
                "From wasteland to park: residents of {village} plant trees and build a park",
            ),
            "summary": T(
                "Айылдын борборундагы таштанды басып калган бош жерде отургучтары, жолчолору "
                "жана балдар аянтчасы бар сейил бак пайда болду. Тургундар иштин бир бөлүгүн "
                "ашар менен аткарышты.",
                "На захламлённом пустыре в центре села появился парк со скамейками, дорожками "
                "и детской площадкой. Часть работ жители выполнили методом ашара.",
                "A littered patch of waste ground in the centre of the village is now a park "
                "with benches, paths and a playground. Residents did part of the work as "
                "ashar, voluntary community labour.",
            ),
            "problem": T(
                "<p>Айылда үй-бүлөсү менен сейилдей турган, балдар ойной турган жер жок эле. "
                "Борбордогу бош жерге таштанды ташталып, мал жайылып жүрчү.</p>",
                "<p>В селе не было места, где можно погулять с семьёй и где могли бы играть "
                "дети. На пустыре в центре выбрасывали мусор и пасли скот.</p>",
                "<p>The village had nowhere for families to walk or children to play. The "
                "waste ground in the centre was used as a dump and for grazing cattle.</p>",
            ),
            "identification_method": "pra",
            "identification_details": T(
                "<p>Элет көйгөйүн биргеликте аныктоодо жаштар жана аялдар эс алуучу жай жок "
                "экенин белгилешти. Демилгелүү топ сейил бактын эскизин тургундар менен бирге "
                "тартып, айылдык жыйынга алып чыкты.</p>",
                "<p>В ходе совместного изучения нужд сообщества молодёжь и женщины отметили, "
                "что в селе негде отдыхать. Инициативная группа вместе с жителями нарисовала "
                "эскиз парка и вынесла его на сельский сход.</p>",
                "<p>During the participatory appraisal young people and women said there was "
                "nowhere to relax. The initiative group sketched the park with residents and "
                "took it to the village gathering.</p>",
            ),
            "alternatives": [
                T("Айылдын борборунда сейил бак", "Парк в центре села", "A park in the centre"),
                T(
                    "Мал союучу жайды оңдоо",
                    "Ремонт убойного пункта",
                    "Repairing the slaughter point",
                ),
                T(
                    "Айыл өкмөтүнө жаңы унаа",
                    "Новый автомобиль для айыл окмоту",
                    "A new car for the aiyl okmotu",
                ),
            ],
            "outputs": [
                {
                    "quantity": (1, 3),
                    "unit": "ha",
                    "description": T(
                        "көрктөндүрүлгөн аянт",
                        "благоустроенная территория",
                        "landscaped area",
                    ),
                },
                {
                    "quantity": (150, 400),
                    "unit": "pcs",
                    "description": T(
                        "отургузулган көчөттөр",
                        "высаженные саженцы",
                        "saplings planted",
                    ),
                },
                {
                    "quantity": (20, 40),
                    "unit": "pcs",
                    "description": T("отургучтар", "скамейки", "benches"),
                },
            ],
            "outputs_text": T(
                "<p>Аянт тосулуп, брусчатка төшөлгөн жолчолор салынды, тамчылатып сугаруу "
                "менен көчөттөр отургузулду. Отургучтар, урналар, чырактар жана балдар "
                "аянтчасы орнотулду.</p>",
                "<p>Территорию огородили, проложили дорожки из брусчатки, высадили саженцы с "
                "капельным поливом. Установлены скамейки, урны, фонари и детская площадка.</p>",
                "<p>The site was fenced, paved paths laid and saplings planted with drip "
                "irrigation. Benches, bins, lamps and a playground were put in.</p>",
            ),
            "result": T(
                "<p>Сейил бак кечинде үй-бүлөлөр жана жаштар чогулчу жайга айланды. Айылдык "
                "майрамдар жана Нооруз ушул жерде белгиленет.</p>",
                "<p>Парк стал местом, где вечерами собираются семьи и молодёжь. Здесь отмечают "
                "сельские праздники и Нооруз.</p>",
                "<p>The park is where families and young people gather in the evening, and where "
                "the village celebrates its holidays and Nooruz.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Сейил бакты кароого жергиликтүү бюджеттен бир бакчынын айлыгы каралды; "
                "көчөттөрдү мектеп окуучулары класстар боюнча бөлүшүп багышат.",
                "В местном бюджете предусмотрена ставка садовника; за саженцами ухаживают "
                "школьники, разделив их по классам.",
                "The local budget pays for a gardener, and school classes have each adopted some "
                "of the saplings.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу көчөттөрдүн канчасы көгөргөнүн "
                "эсептеп, күзүндө айылдык жыйынга отчет берди.",
                "Группа совместного мониторинга и оценки подсчитала приживаемость саженцев и "
                "осенью отчиталась на сельском сходе.",
                "The joint monitoring and evaluation group counted how many saplings took root "
                "and reported to the village gathering in the autumn.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Ар бир үй-бүлө ашарга чыгып, бирден көчөт отургузду. Ошондуктан аны "
                        "эч ким сындырбайт.",
                        "Каждая семья вышла на ашар и посадила своё дерево. Поэтому их никто не "
                        "ломает.",
                        "Every family came out for the ashar and planted a tree. That is why "
                        "nobody breaks them.",
                    ),
                    "role": T(
                        "демилгелүү топтун мүчөсү",
                        "член инициативной группы",
                        "a member of the initiative group",
                    ),
                },
            ],
            "beneficiaries": (2000, 8000),
            "total_kgs": (1_000_000, 4_000_000),
            "groups": ["children", "youth", "women"],
        },
    ],
    "sport": [
        {
            "title": T(
                "{village} айылында жасалма чөптүү мини-футбол талаасы ачылды",
                "В селе {village} открыли мини-футбольное поле с искусственным покрытием",
                "A mini-football pitch with artificial turf opens in {village}",
            ),
            "summary": T(
                "Мектептин жанында жасалма чөп төшөлгөн, тосулган жана жарыктандырылган "
                "мини-футбол талаасы курулду. Аны күндүз окуучулар, кечинде айылдын жаштары "
                "колдонушат.",
                "У школы построили огороженное и освещённое мини-футбольное поле с "
                "искусственным покрытием. Днём на нём занимаются школьники, вечером — сельская "
                "молодёжь.",
                "A fenced, floodlit mini-football pitch with artificial turf was built next to "
                "the school. Pupils use it by day and young people in the evening.",
            ),
            "problem": T(
                "<p>Айылдын балдары таштуу бош жерде, дарбазасы жок талаада топ тебишчү. "
                "Жараат алуу көп болчу, ал эми кышында спорт менен машыгууга жер таптакыр жок "
                "эле.</p>",
                "<p>Дети села гоняли мяч на каменистом пустыре без ворот. Травмы были обычным "
                "делом, а зимой заниматься спортом было негде.</p>",
                "<p>Village children played football on a stony patch of ground with no goals. "
                "Injuries were common and in winter there was nowhere to play at all.</p>",
            ),
            "identification_method": "budget_hearing",
            "identification_details": T(
                "<p>Жаштар комитети бюджеттик угууга спорт аянтчасынын сунушун жана болжолдуу "
                "сметасын алып келди. Айылдык кеңеш сунушту кийинки жылдын бюджетине киргизип, "
                "айылдык жыйын аны көпчүлүк добуш менен колдоду.</p>",
                "<p>Молодёжный комитет принёс на бюджетные слушания предложение о спортплощадке "
                "с примерной сметой. Айылный кенеш включил его в бюджет следующего года, и "
                "сельский сход поддержал его большинством голосов.</p>",
                "<p>The youth committee brought a proposal and rough estimate for a sports "
                "ground to the budget hearing. The aiyl kenesh put it into the next year's "
                "budget and the village gathering backed it by a majority.</p>",
            ),
            "alternatives": [
                T("Мини-футбол талаасы", "Мини-футбольное поле", "A mini-football pitch"),
                T(
                    "Айыл өкмөтүнүн имаратын жылытуу",
                    "Отопление здания айыл окмоту",
                    "Heating the aiyl okmotu building",
                ),
            ],
            "outputs": [
                {
                    "quantity": (1, 1),
                    "unit": "pcs",
                    "description": T(
                        "мини-футбол талаасы",
                        "мини-футбольное поле",
                        "mini-football pitch",
                    ),
                },
                {
                    "quantity": (150, 300),
                    "unit": "m",
                    "description": T("тор тосмо", "сетчатое ограждение", "mesh fence"),
                },
            ],
            "outputs_text": T(
                "<p>Аянт тегизделип, жасалма чөп төшөлдү, дарбазалар жана бийик тор тосмо "
                "орнотулду. Кечки машыгуулар үчүн прожекторлор коюлду.</p>",
                "<p>Площадку выровняли и уложили искусственное покрытие, поставили ворота и "
                "высокое сетчатое ограждение. Для вечерних тренировок установлены "
                "прожекторы.</p>",
                "<p>The ground was levelled and artificial turf laid, with goals and a high mesh "
                "fence. Floodlights were put up for evening training.</p>",
            ),
            "result": T(
                "<p>Мектепте футбол секциясы ачылып, айыл аймагынын командасы райондук "
                "мелдештерге катыша баштады. Кечинде жаштар көчөдө эмес, талаада.</p>",
                "<p>В школе открылась футбольная секция, а команда айылного аймака стала "
                "выступать на районных соревнованиях. По вечерам молодёжь на поле, а не на "
                "улице.</p>",
                "<p>The school started a football section and the aiyl aimak's team now plays in "
                "rayon tournaments. In the evening young people are on the pitch rather than "
                "the street.</p>",
            ),
            "operator_kind": "institution",
            "operator_name": T(
                "{municipality} айыл аймагынын орто мектеби",
                "Средняя школа айылного аймака {municipality}",
                "Secondary school of {municipality} aiyl aimak",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Талаа окуучулар үчүн акысыз; кечки саатта чоңдорго саатына ижарага берилип, "
                "түшкөн акча прожекторлордун электрине жумшалат.",
                "Для школьников поле бесплатное; в вечерние часы его почасово сдают взрослым, а "
                "выручка идёт на электричество для прожекторов.",
                "The pitch is free for pupils; in the evening adults rent it by the hour, and "
                "the income pays for the floodlights' electricity.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу жасалма чөптүн сапатына сертификатты "
                "текшерип, курулушту кабыл алууга катышты.",
                "Группа совместного мониторинга и оценки проверила сертификат на покрытие и "
                "участвовала в приёмке объекта.",
                "The joint monitoring and evaluation group checked the turf's certificate and "
                "took part in accepting the works.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Биз смета менен угууга келгенде, депутаттар ишенишкен жок. Азыр "
                        "талаада орун жок, кезек менен ойнойбуз.",
                        "Когда мы пришли на слушания со сметой, депутаты не поверили. Теперь "
                        "на поле не протолкнуться, играем по очереди.",
                        "When we came to the hearing with an estimate, the deputies didn't "
                        "believe us. Now the pitch is so busy we take turns.",
                    ),
                    "role": T(
                        "жаштар комитетинин мүчөсү",
                        "член молодёжного комитета",
                        "a member of the youth committee",
                    ),
                },
            ],
            "beneficiaries": (400, 1500),
            "total_kgs": (800_000, 2_500_000),
            "groups": ["youth", "children"],
        },
        {
            "title": T(
                "Кыздар жана аялдар үчүн спорт залы: {village} айылында волейбол секциясы "
                "иштей баштады",
                "Спортзал для девушек и женщин: в селе {village} заработала секция волейбола",
                "A gym for girls and women: volleyball comes to {village}",
            ),
            "summary": T(
                "Эски спорт залы оңдолуп, жаңы жабдуулар менен камсыз болду. Жумасына үч "
                "кечте зал кыздар жана аялдар үчүн гана ачык.",
                "Старый спортзал отремонтировали и оснастили новым инвентарём. Три вечера в "
                "неделю зал открыт только для девушек и женщин.",
                "The old gym has been repaired and re-equipped. Three evenings a week it is "
                "open to girls and women only.",
            ),
            "problem": T(
                "<p>Айылдагы спорт залы жылытылчу эмес, ал эми машыгууларга көбүнчө балдар "
                "гана барышчу. Кыздар жана жаш аялдар спорт менен машыгууга ыңгайлуу жана "
                "коопсуз жай жок экенин айтышчу.</p>",
                "<p>Спортзал в селе не отапливался, а на тренировки ходили в основном юноши. "
                "Девушки и молодые женщины говорили, что им негде заниматься спортом удобно и "
                "безопасно.</p>",
                "<p>The village gym was unheated and training was mostly for boys. Girls and "
                "young women said they had no comfortable, safe place to exercise.</p>",
            ),
            "identification_method": "focus_group",
            "identification_details": T(
                "<p>Жаштар менен иштеген адис кыздар жана жаш аялдар менен фокус-топ өткөрдү. "
                "Алардын сунушу биргелешкен аракеттердин планына кирип, айылдык жыйын аны "
                "колдоду.</p>",
                "<p>Специалист по работе с молодёжью провёл фокус-группу с девушками и молодыми "
                "женщинами. Их предложение вошло в план совместных действий, и сельский сход "
                "его поддержал.</p>",
                "<p>The youth worker held a focus group with girls and young women. Their "
                "proposal went into the joint action plan and the village gathering backed "
                "it.</p>",
            ),
            "alternatives": [
                T(
                    "Спорт залын оңдоо жана жабдуу",
                    "Ремонт и оснащение спортзала",
                    "Repairing and equipping the gym",
                ),
                T(
                    "Көчөдө воркаут аянтчасы",
                    "Уличная воркаут-площадка",
                    "An outdoor workout area",
                ),
                T(
                    "Айылдын кире беришине арка",
                    "Арка на въезде в село",
                    "An arch at the village entrance",
                ),
            ],
            "outputs": [
                {
                    "quantity": (1, 1),
                    "unit": "pcs",
                    "description": T("оңдолгон спорт залы", "отремонтированный спортзал", "gym"),
                },
                {
                    "quantity": (30, 80),
                    "unit": "pcs",
                    "description": T(
                        "спорт шаймандары",
                        "единиц спортивного инвентаря",
                        "items of sports equipment",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Залдын полу, терезелери жана жылытуусу алмаштырылды, кийим алмаштыруучу "
                "бөлмө жана душ жасалды. Волейбол тору, топтор, теннис үстөлү жана фитнес "
                "шаймандары сатып алынды.</p>",
                "<p>В зале заменили пол, окна и отопление, оборудовали раздевалку и душ. Купили "
                "волейбольную сетку, мячи, теннисный стол и фитнес-инвентарь.</p>",
                "<p>The floor, windows and heating were replaced and a changing room and shower "
                "fitted. A volleyball net, balls, a table-tennis table and fitness equipment "
                "were bought.</p>",
            ),
            "result": T(
                "<p>Кыздардын волейбол командасы түзүлүп, аймактык мелдеште байге алды. Орто "
                "жаштагы аялдар кечки фитнес сабактарына катышышат.</p>",
                "<p>Создана девичья волейбольная команда, которая заняла призовое место на "
                "областных соревнованиях. Женщины среднего возраста ходят на вечерний "
                "фитнес.</p>",
                "<p>A girls' volleyball team was formed and took a prize at a regional "
                "tournament. Middle-aged women come to the evening fitness classes.</p>",
            ),
            "operator_kind": "community",
            "operator_name": T(
                "«{municipality} жаштары» коомдук бирикмеси",
                "Общественное объединение «Молодёжь {municipality}»",
                "{municipality} Youth public association",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Залды айыл өкмөтү менен келишим боюнча жаштар бирикмеси башкарат; "
                "машыктыруучунун айлыгы жергиликтүү бюджеттен төлөнөт.",
                "Зал по договору с айыл окмоту ведёт молодёжное объединение; зарплата тренера "
                "выплачивается из местного бюджета.",
                "A youth association runs the gym under an agreement with the aiyl okmotu; the "
                "coach is paid from the local budget.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу залдын графиги сакталып жатканын "
                "жана кыздардын канчасы катышканын ай сайын эсептейт.",
                "Группа совместного мониторинга и оценки ежемесячно проверяет соблюдение "
                "графика и считает, сколько девушек занимается.",
                "Each month the joint monitoring and evaluation group checks the timetable is "
                "kept and counts how many girls attend.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Ата-энебиз бизди залга коркпой жиберишет, анткени бул убакытта ал "
                        "жерде кыздар гана болот.",
                        "Родители спокойно отпускают нас в зал, потому что в это время там "
                        "только девушки.",
                        "Our parents let us go to the gym without worrying, because at that time "
                        "it's only girls.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (150, 600),
            "total_kgs": (500_000, 1_500_000),
            "groups": ["youth", "women"],
        },
    ],
    "public-spaces": [
        {
            "title": T(
                "{village} айылынын борбордук аянты көрктөндүрүлдү",
                "В селе {village} благоустроили центральную площадь",
                "A new look for the central square of {village}",
            ),
            "summary": T(
                "Айыл өкмөтүнүн алдындагы аянтка отургучтар, урналар, чырактар жана балдар "
                "аянтчасы орнотулду. Долбоор «Жергиликтүү демилге» сынагында жеңген.",
                "На площади перед айыл окмоту установили скамейки, урны, фонари и детскую "
                "площадку. Проект победил в конкурсе «Местная инициатива».",
                "Benches, bins, lamps and a playground were installed on the square in front of "
                "the aiyl okmotu. The project won the local initiative competition.",
            ),
            "problem": T(
                "<p>Айылдын борбордук аянты чаңдуу, отура турган жер жок бош аянт болчу. "
                "Автобус күткөн тургундар жол боюнда турушчу, таштанды ташташ үчүн урна "
                "жок эле.</p>",
                "<p>Центральная площадь села была пыльным пустым местом, где негде присесть. "
                "Ожидающие автобус стояли у дороги, урн для мусора не было.</p>",
                "<p>The central square was a dusty open space with nowhere to sit. People "
                "waiting for the bus stood by the road and there were no bins.</p>",
            ),
            "identification_method": "competition",
            "identification_details": T(
                "<p>Демилгелүү топ тургундардын арасында сурамжылоо жүргүзүп, аянттын "
                "долбоорун сынакка сунуштады. Жеңиштен кийин айылдык жыйын аянттын планын "
                "бекитип, ашарга чыгууну чечти.</p>",
                "<p>Инициативная группа провела опрос жителей и подала проект площади на "
                "конкурс. После победы сельский сход утвердил план площади и решил провести "
                "ашар.</p>",
                "<p>The initiative group surveyed residents and entered a design for the square "
                "in the competition. After it won, the village gathering approved the plan and "
                "agreed to turn out for an ashar.</p>",
            ),
            "alternatives": [
                T(
                    "Борбордук аянтты көрктөндүрүү",
                    "Благоустройство центральной площади",
                    "Improving the central square",
                ),
                T(
                    "Айыл өкмөтүнө компьютерлер",
                    "Компьютеры для айыл окмоту",
                    "Computers for the aiyl okmotu",
                ),
            ],
            "outputs": [
                {
                    "quantity": (15, 40),
                    "unit": "pcs",
                    "description": T("отургучтар", "скамейки", "benches"),
                },
                {
                    "quantity": (15, 40),
                    "unit": "pcs",
                    "description": T("урналар", "урны", "litter bins"),
                },
                {
                    "quantity": (1, 2),
                    "unit": "ha",
                    "description": T(
                        "көрктөндүрүлгөн аянт",
                        "благоустроенная территория",
                        "improved area",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Аянтка брусчатка төшөлүп, гүлзарлар жасалды, отургучтар, урналар жана "
                "чырактар орнотулду. Бир бурчунда балдар аянтчасы жана автобус күтүүчүлөр "
                "үчүн жабык аялдама курулду.</p>",
                "<p>Площадь вымостили брусчаткой, разбили клумбы, установили скамейки, урны и "
                "фонари. В углу площади построены детская площадка и крытая остановка.</p>",
                "<p>The square was paved, flower beds planted and benches, bins and lamps put in. "
                "A playground and a covered bus stop were built in one corner.</p>",
            ),
            "result": T(
                "<p>Аянт айылдын жолугушуу жайына айланды: кечинде аксакалдар отуруп сүйлөшүп, "
                "балдар ойношот, майрамдык иш-чаралар ушул жерде өтөт.</p>",
                "<p>Площадь стала местом встреч: вечером здесь беседуют аксакалы, играют "
                "дети, проходят праздники.</p>",
                "<p>The square has become the village's meeting place: elders sit and talk in "
                "the evening, children play and celebrations are held there.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Аянтты тазалоо жана гүлзарларды сугаруу айыл өкмөтүнүн коммуналдык "
                "кызматына жүктөлдү, чыгым жергиликтүү бюджетте каралат.",
                "Уборка площади и полив клумб поручены коммунальной службе айыл окмоту, "
                "расходы предусмотрены в местном бюджете.",
                "The aiyl okmotu's maintenance crew cleans the square and waters the flower "
                "beds, paid for from the local budget.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу сатып алынган отургучтардын жана "
                "чырактардын саны сметага дал келерин текшерди.",
                "Группа совместного мониторинга и оценки сверила количество скамеек и фонарей "
                "со сметой.",
                "The joint monitoring and evaluation group checked the number of benches and "
                "lamps against the estimate.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Мурда бул жерде чаңдан башка эч нерсе жок эле. Азыр кечинде неберелерим "
                        "менен чыгып отурам.",
                        "Раньше здесь ничего, кроме пыли, не было. Теперь по вечерам выхожу "
                        "сюда с внуками.",
                        "There used to be nothing here but dust. Now I come out in the evenings "
                        "with my grandchildren.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "житель села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (1500, 7000),
            "total_kgs": (600_000, 2_000_000),
            "groups": ["elderly", "children"],
        },
        {
            "title": T(
                "Жабык аялдамалар жана тротуар: {village} айылында көчө баарына ыңгайлуу болду",
                "Крытые остановки и тротуар: в селе {village} улица стала удобной для всех",
                "Covered bus stops and a pavement make the main street of {village} easier to use",
            ),
            "summary": T(
                "Кары-картаңдар жана ден соолугунун мүмкүнчүлүгү чектелген адамдар менен "
                "өткөрүлгөн фокус-топтон кийин башкы көчөгө тротуар салынып, жабык аялдамалар "
                "курулду.",
                "После фокус-группы с пожилыми людьми и людьми с инвалидностью вдоль главной "
                "улицы проложили тротуар и построили крытые остановки.",
                "After a focus group with elderly people and people with disabilities, a "
                "pavement was laid along the main street and covered bus stops built.",
            ),
            "problem": T(
                "<p>Башкы көчө трасса менен дал келет, тротуар жок болгондуктан жөө "
                "жүргүнчүлөр унаалардын жанынан басышчу. Аялдамаларда жамгырдан жана "
                "күндөн калкалана турган жай жок эле.</p>",
                "<p>Главная улица совпадает с трассой, и без тротуара пешеходы шли прямо рядом "
                "с машинами. На остановках негде было укрыться от дождя и солнца.</p>",
                "<p>The main street is also the highway, and with no pavement people walked "
                "right beside the traffic. The bus stops gave no shelter from rain or sun.</p>",
            ),
            "identification_method": "focus_group",
            "identification_details": T(
                "<p>Айыл өкмөтүнүн социалдык кызматкери кары-картаңдар жана ден соолугунун "
                "мүмкүнчүлүгү чектелген адамдар менен фокус-топ өткөрдү. Алардын сунуштары "
                "коомдук угууда талкууланып, айылдык жыйынга коюлду.</p>",
                "<p>Социальный работник айыл окмоту провёл фокус-группу с пожилыми людьми и "
                "людьми с инвалидностью. Их предложения обсудили на публичных слушаниях и "
                "вынесли на сельский сход.</p>",
                "<p>The aiyl okmotu's social worker held a focus group with elderly people and "
                "people with disabilities. Their proposals were discussed at a public hearing "
                "and put to the village gathering.</p>",
            ),
            "alternatives": [
                T(
                    "Тротуар жана жабык аялдамалар",
                    "Тротуар и крытые остановки",
                    "A pavement and covered bus stops",
                ),
                T(
                    "Айылдын кире беришине арка",
                    "Арка на въезде в село",
                    "An arch at the village entrance",
                ),
                T(
                    "Футбол талаасын тосуу",
                    "Ограждение футбольного поля",
                    "A fence for the football pitch",
                ),
            ],
            "outputs": [
                {
                    "quantity": (400, 1200),
                    "unit": "m",
                    "description": T("тротуар", "тротуар", "pavement"),
                },
                {
                    "quantity": (3, 8),
                    "unit": "pcs",
                    "description": T("жабык аялдамалар", "крытые остановки", "bus shelters"),
                },
            ],
            "outputs_text": T(
                "<p>Башкы көчө боюнча бордюру бар тротуар салынып, кесилиштерде пандус "
                "түрүндөгү түшүүлөр жасалды. Аялдамалар отургучтары жана жарыгы менен "
                "курулду.</p>",
                "<p>Вдоль главной улицы проложен тротуар с бордюром, на перекрёстках сделаны "
                "съезды-пандусы. Остановки построены со скамейками и освещением.</p>",
                "<p>A kerbed pavement runs along the main street with dropped kerbs at the "
                "crossings. The bus stops have benches and lighting.</p>",
            ),
            "result": T(
                "<p>Кары-картаңдар жана кресло-арабадагы тургундар медпунктка жана базарга "
                "коопсуз жете алышат. Аялдамаларда ата-энелер балдары менен жамгырда "
                "калбайт.</p>",
                "<p>Пожилые люди и жители на колясках безопасно добираются до медпункта и "
                "рынка. Родители с детьми больше не мокнут на остановках.</p>",
                "<p>Elderly people and wheelchair users can safely reach the health post and the "
                "market, and parents with children no longer wait in the rain.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Тротуарды кышында кардан тазалоо жана аялдамаларды кароо айыл өкмөтүнүн "
                "жылдык планына киргизилди.",
                "Очистка тротуара от снега и уход за остановками включены в годовой план айыл "
                "окмоту.",
                "Clearing snow from the pavement and looking after the shelters are in the aiyl "
                "okmotu's annual plan.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобуна кресло-арабада жүргөн тургун "
                "кошулуп, пандустардын жантаюусун өзү текшерди.",
                "В группу совместного мониторинга и оценки вошёл житель на коляске, который сам "
                "проверил уклон пандусов.",
                "A wheelchair user joined the joint monitoring and evaluation group and tested "
                "the slope of the dropped kerbs himself.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Биринчи жолу бизден сурашты, ал эми биз айткан нерселер чындап жасалды.",
                        "Нас впервые спросили, и то, что мы сказали, действительно сделали.",
                        "For the first time we were asked, and what we said was actually done.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "житель села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (1000, 5000),
            "total_kgs": (700_000, 2_200_000),
            "groups": ["elderly", "people-with-disabilities"],
        },
    ],
    "school-transport": [
        {
            "title": T(
                "Алыскы айылдардын балдары мектепке микроавтобус менен барышат",
                "Дети из дальних сёл ездят в школу на микроавтобусе",
                "Children from outlying villages now ride to school by minibus",
            ),
            "summary": T(
                "{municipality} айыл өкмөтү алыскы айылдардан балдарды мектепке жана балдар "
                "бакчасына ташуу үчүн микроавтобус сатып алды. Каттам эртең менен жана "
                "сабактан кийин жүрөт.",
                "Айыл окмоту {municipality} купил микроавтобус, чтобы возить детей из дальних "
                "сёл в школу и детский сад. Рейсы ходят утром и после уроков.",
                "{municipality} aiyl okmotu bought a minibus to take children from outlying "
                "villages to school and kindergarten. It runs in the morning and after "
                "lessons.",
            ),
            "problem": T(
                "<p>Мектеп аймактын борбордук айылында жайгашкан, ал эми айрым айылдардан ага "
                "чейин бир нече километр. Балдар жол боюнда өтүүчү унааларды токтотуп же жөө "
                "барышчу; кышында көбү сабакка келчү эмес.</p>",
                "<p>Школа находится в центральном селе аймака, а от некоторых сёл до неё "
                "несколько километров. Дети шли пешком или ловили попутки; зимой многие "
                "пропускали уроки.</p>",
                "<p>The school is in the aimak's central village, several kilometres from some "
                "of the others. Children walked or hitched rides, and in winter many missed "
                "lessons.</p>",
            ),
            "identification_method": "joint_action_plan",
            "identification_details": T(
                "<p>Окуучуларды ташуу маселеси элет көйгөйүн биргеликте аныктоодон кийин "
                "биргелешкен аракеттердин планына киргизилген. Айылдык жыйын микроавтобус "
                "сатып алууну колдоп, айылдык кеңеш каражатты бюджетке киргизди.</p>",
                "<p>Подвоз учеников вошёл в план совместных действий после совместного изучения "
                "нужд сообщества. Сельский сход поддержал покупку микроавтобуса, а айылный "
                "кенеш заложил средства в бюджет.</p>",
                "<p>School transport went into the joint action plan after the participatory "
                "appraisal. The village gathering backed buying a minibus and the aiyl kenesh "
                "put the money into the budget.</p>",
            ),
            "alternatives": [
                T(
                    "Окуучулар үчүн микроавтобус",
                    "Микроавтобус для учеников",
                    "A minibus for pupils",
                ),
                T(
                    "Мектептин жанында интернат",
                    "Интернат при школе",
                    "A boarding house at the school",
                ),
                T(
                    "Жолдорду оңдоо",
                    "Ремонт дорог",
                    "Repairing the roads",
                ),
            ],
            "outputs": [
                {
                    "quantity": (1, 1),
                    "unit": "pcs",
                    "description": T("микроавтобус", "микроавтобус", "minibus"),
                },
                {
                    "quantity": (16, 25),
                    "unit": "places",
                    "description": T("отургуч орундары", "посадочных мест", "seats"),
                },
            ],
            "outputs_text": T(
                "<p>Коопсуздук курлары бар микроавтобус сатып алынып, айдоочу жумушка алынды. "
                "Ата-энелер жана мектеп менен бирге каттамдын графиги жана аялдамалар "
                "аныкталды.</p>",
                "<p>Куплен микроавтобус с ремнями безопасности, принят водитель. Вместе с "
                "родителями и школой определены расписание и остановки.</p>",
                "<p>A minibus with seat belts was bought and a driver hired. The timetable and "
                "stops were agreed with parents and the school.</p>",
            ),
            "result": T(
                "<p>Алыскы айылдардын балдары сабакка убагында келишет, кышкы айлардагы "
                "сабак калтыруу кыйла азайды.</p>",
                "<p>Дети из дальних сёл приезжают на уроки вовремя, зимой пропусков стало "
                "заметно меньше.</p>",
                "<p>Children from the outlying villages arrive on time, and winter absences have "
                "dropped sharply.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Айдоочунун айлыгы, күйүүчү май жана техникалык тейлөө жергиликтүү бюджеттен "
                "каржыланат; балдар акысыз ташылат.",
                "Зарплата водителя, топливо и техобслуживание финансируются из местного "
                "бюджета; дети ездят бесплатно.",
                "The driver's wage, fuel and servicing are paid from the local budget; children "
                "ride free.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу микроавтобустун график боюнча "
                "жүрүшүн жана күйүүчү майдын чыгымын ар чейректе текшерет.",
                "Группа совместного мониторинга и оценки ежеквартально проверяет соблюдение "
                "расписания и расход топлива.",
                "Each quarter the joint monitoring and evaluation group checks the timetable is "
                "kept and how much fuel is used.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Мурда кыштын суугунда уулумду жөө жиберүүдөн коркчумун. Азыр автобус "
                        "үйдүн жанынан алып кетет.",
                        "Раньше зимой я боялась отпускать сына пешком. Теперь автобус забирает "
                        "его прямо у дома.",
                        "In winter I used to be afraid to let my son walk. Now the bus picks him "
                        "up near our house.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (60, 180),
            "total_kgs": (1_800_000, 3_200_000),
            "groups": ["children"],
        },
        {
            "title": T(
                "Бюджеттик угуудан мектеп автобусуна чейин: {village} айылынын балдары үчүн "
                "жаңы каттам",
                "От бюджетных слушаний до школьного автобуса: новый маршрут для детей села "
                "{village}",
                "From budget hearing to school bus: a new route for the children of {village}",
            ),
            "summary": T(
                "Ата-энелер бюджеттик угууда мектеп автобусун сурашкан. Бир жылдан кийин "
                "муниципалдык ишкана {village} айылынан мектепке автобус каттамын ачты.",
                "Родители попросили школьный автобус на бюджетных слушаниях. Через год "
                "муниципальное предприятие открыло автобусный маршрут из села {village} до "
                "школы.",
                "Parents asked for a school bus at the budget hearing. A year later the "
                "municipal enterprise opened a bus route from {village} to the school.",
            ),
            "problem": T(
                "<p>{village} айылында мектеп жок, балдар коңшу айылга окууга барышат. "
                "Ата-энелер такси үчүн ай сайын акча чогултушчу, аз камсыз болгон "
                "үй-бүлөлөрдүн балдары көп учурда жөө басышчу.</p>",
                "<p>В селе {village} нет школы, дети учатся в соседнем селе. Родители каждый "
                "месяц скидывались на такси, а дети из малообеспеченных семей часто ходили "
                "пешком.</p>",
                "<p>{village} has no school, so children study in the next village. Parents "
                "clubbed together every month for a taxi, while children from low-income "
                "families often walked.</p>",
            ),
            "identification_method": "budget_hearing",
            "identification_details": T(
                "<p>Жергиликтүү бюджеттин долбоору боюнча коомдук угууда ата-энелер мектеп "
                "автобусу боюнча жазуу жүзүндө сунуш беришти. Айылдык кеңеш аны бюджетке "
                "киргизип, айылдык жыйын каттамдын аялдамаларын бекитти.</p>",
                "<p>На публичных слушаниях по проекту местного бюджета родители подали "
                "письменное предложение о школьном автобусе. Айылный кенеш включил его в "
                "бюджет, а сельский сход утвердил остановки маршрута.</p>",
                "<p>At the public hearing on the draft local budget, parents submitted a written "
                "proposal for a school bus. The aiyl kenesh put it into the budget and the "
                "village gathering approved the stops.</p>",
            ),
            "alternatives": [
                T("Мектеп автобусу", "Школьный автобус", "A school bus"),
                T(
                    "Такси үчүн үй-бүлөлөргө компенсация",
                    "Компенсация семьям на такси",
                    "Taxi allowances for families",
                ),
            ],
            "outputs": [
                {
                    "quantity": (1, 1),
                    "unit": "pcs",
                    "description": T("мектеп автобусу", "школьный автобус", "school bus"),
                },
                {
                    "quantity": (28, 40),
                    "unit": "places",
                    "description": T("отургуч орундары", "посадочных мест", "seats"),
                },
                {
                    "quantity": (3, 6),
                    "unit": "pcs",
                    "description": T("аялдамалар", "остановки", "bus stops"),
                },
            ],
            "outputs_text": T(
                "<p>Сары түстөгү «Балдар» белгиси бар автобус сатып алынып, муниципалдык "
                "ишкананын балансына берилди. Каттамдын боюна аялдамалар белгиленди.</p>",
                "<p>Куплен автобус жёлтого цвета со знаком «Дети», он передан на баланс "
                "муниципального предприятия. Вдоль маршрута обозначены остановки.</p>",
                "<p>A yellow bus with a children-on-board sign was bought and handed to the "
                "municipal enterprise. Stops were marked along the route.</p>",
            ),
            "result": T(
                "<p>Үй-бүлөлөр такси үчүн акча чогултпай калышты. Мектеп балдардын катышуусу "
                "жакшырганын жана сабакка кечигүү азайганын белгилейт.</p>",
                "<p>Семьи больше не собирают деньги на такси. Школа отмечает, что посещаемость "
                "выросла, а опозданий стало меньше.</p>",
                "<p>Families no longer pay for taxis, and the school reports better attendance "
                "and fewer late arrivals.</p>",
            ),
            "operator_kind": "municipal_enterprise",
            "operator_name": T(
                "{municipality} айыл өкмөтүнүн коммуналдык ишканасы",
                "Коммунальное предприятие айыл окмоту {municipality}",
                "Municipal services enterprise of {municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Окуучулар акысыз ташылат; сабактан бош убакта автобус келишим боюнча "
                "экскурсияларга жана иш-чараларга берилип, түшкөн каражат күйүүчү майга "
                "жумшалат.",
                "Ученики ездят бесплатно; в свободное от занятий время автобус по договорам "
                "возит экскурсии и мероприятия, а выручка идёт на топливо.",
                "Pupils ride free; outside school hours the bus is hired out for trips and "
                "events, and the income pays for fuel.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу ата-энелер арасында сурамжылоо "
                "жүргүзүп, каттамдын графигин өзгөртүүнү сунуштады.",
                "Группа совместного мониторинга и оценки опросила родителей и предложила "
                "скорректировать расписание.",
                "The joint monitoring and evaluation group surveyed parents and proposed "
                "changes to the timetable.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Угууга барып сунуш жазганда, бир жылда автобус болот деп ойлогон эмеспиз.",
                        "Когда мы писали предложение на слушаниях, не думали, что через год "
                        "будет автобус.",
                        "When we wrote our proposal at the hearing, we never thought there would "
                        "be a bus within a year.",
                    ),
                    "role": T(
                        "ата-энелер комитетинин мүчөсү",
                        "член родительского комитета",
                        "a member of the parents' committee",
                    ),
                },
            ],
            "beneficiaries": (80, 250),
            "total_kgs": (2_500_000, 4_500_000),
            "groups": ["children", "low-income-families"],
        },
    ],
    "childrens-clubs": [
        {
            "title": T(
                "Комуз жана бий ийримдери: {village} айылынын балдары сахнага чыкты",
                "Кружки комуза и танцев: дети села {village} вышли на сцену",
                "Komuz and dance clubs put the children of {village} on stage",
            ),
            "summary": T(
                "Маданият үйүндө балдар үчүн акысыз комуз жана элдик бий ийримдери ачылды. "
                "Аспаптар жана сахналык кийимдер сатып алынып, ийрим жетекчилерине айлык "
                "бөлүндү.",
                "В доме культуры открылись бесплатные кружки комуза и народного танца для "
                "детей. Куплены инструменты и сценические костюмы, руководителям кружков "
                "назначена зарплата.",
                "The culture house has opened free komuz and folk dance clubs for children. "
                "Instruments and costumes were bought and the club leaders are now paid.",
            ),
            "problem": T(
                "<p>Айылда балдар үчүн сабактан тышкаркы эч кандай ийрим жок эле. Шаардагы "
                "музыка мектебине баруу көпчүлүк үй-бүлө үчүн кымбат жана алыс.</p>",
                "<p>В селе не было никаких кружков для детей. Ездить в музыкальную школу в "
                "город для большинства семей дорого и далеко.</p>",
                "<p>The village had no after-school clubs for children. The music school in town "
                "was too far and too expensive for most families.</p>",
            ),
            "identification_method": "focus_group",
            "identification_details": T(
                "<p>Мектеп менен бирге балдар жана өспүрүмдөр менен фокус-топ өткөрүлдү: "
                "алар музыка жана бий ийримдерин эң көп сурашты. Сунуш айылдык жыйында "
                "колдоого алынып, жергиликтүү бюджетке киргизилди.</p>",
                "<p>Вместе со школой провели фокус-группу с детьми и подростками: чаще всего "
                "они просили кружки музыки и танцев. Предложение поддержал сельский сход, и его "
                "включили в местный бюджет.</p>",
                "<p>A focus group with children and teenagers was held with the school; music "
                "and dance clubs were what they asked for most. The village gathering supported "
                "it and it went into the local budget.</p>",
            ),
            "alternatives": [
                T(
                    "Комуз жана бий ийримдери",
                    "Кружки комуза и танцев",
                    "Komuz and dance clubs",
                ),
                T(
                    "Мектеп китепканасына китептер",
                    "Книги для школьной библиотеки",
                    "Books for the school library",
                ),
            ],
            "outputs": [
                {
                    "quantity": (10, 25),
                    "unit": "pcs",
                    "description": T("комуздар", "комузы", "komuzes"),
                },
                {
                    "quantity": (20, 40),
                    "unit": "pcs",
                    "description": T(
                        "сахналык кийимдер топтому",
                        "сценические костюмы",
                        "stage costumes",
                    ),
                },
                {
                    "quantity": (40, 90),
                    "unit": "places",
                    "description": T("ийримдердеги орундар", "места в кружках", "club places"),
                },
            ],
            "outputs_text": T(
                "<p>Комуздар, сахналык кийимдер жана үн жабдуулары сатып алынды. Маданият "
                "үйүнүн бир бөлмөсү машыгуу залы катары жабдылып, эки ийрим жетекчиси "
                "жумушка алынды.</p>",
                "<p>Куплены комузы, сценические костюмы и звуковое оборудование. Одну из комнат "
                "дома культуры оборудовали под репетиционный зал, приняты на работу два "
                "руководителя кружков.</p>",
                "<p>Komuzes, costumes and sound equipment were bought. A room in the culture "
                "house was fitted out for rehearsals and two club leaders were hired.</p>",
            ),
            "result": T(
                "<p>Ийримдердин балдары Нооруз майрамында жана райондук фестивалда чыгып "
                "беришти. Аз камсыз болгон үй-бүлөлөрдүн балдары да акысыз катышат.</p>",
                "<p>Дети из кружков выступили на Ноорузе и на районном фестивале. Дети из "
                "малообеспеченных семей занимаются бесплатно наравне со всеми.</p>",
                "<p>Children from the clubs performed at Nooruz and at the rayon festival. "
                "Children from low-income families take part free, like everyone else.</p>",
            ),
            "operator_kind": "institution",
            "operator_name": T(
                "{municipality} айыл аймагынын маданият үйү",
                "Дом культуры айылного аймака {municipality}",
                "Culture house of {municipality} aiyl aimak",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Ийрим жетекчилеринин айлыгы жергиликтүү бюджеттин маданият беренесине "
                "киргизилди; сабактар балдар үчүн акысыз.",
                "Зарплата руководителей кружков включена в статью местного бюджета на "
                "культуру; занятия для детей бесплатные.",
                "The club leaders' pay is in the culture line of the local budget; the classes "
                "are free for children.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу катышуу журналын текшерип, "
                "ата-энелердин пикирин сурап турат.",
                "Группа совместного мониторинга и оценки проверяет журнал посещаемости и "
                "опрашивает родителей.",
                "The joint monitoring and evaluation group checks the attendance register and "
                "asks parents what they think.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Комуз чертүүнү чоң атамдан угуп жүрчүмүн, эми өзүм үйрөнүп жатам.",
                        "Я слышал, как играет на комузе дедушка, а теперь учусь сам.",
                        "I used to listen to my grandfather play the komuz; now I'm learning "
                        "myself.",
                    ),
                    "role": T(
                        "ийримдин катышуучусу",
                        "участник кружка",
                        "a club member",
                    ),
                },
            ],
            "beneficiaries": (40, 120),
            "total_kgs": (150_000, 450_000),
            "groups": ["children", "low-income-families"],
        },
        {
            "title": T(
                "Айылдык китепканада балдар үчүн компьютер жана робототехника ийрими ачылды",
                "В сельской библиотеке открылся кружок компьютерной грамотности и робототехники",
                "A computer and robotics club for children opens in the village library",
            ),
            "summary": T(
                "{village} айылынын китепканасында компьютерлер орнотулуп, балдар үчүн "
                "программалоо жана робототехника ийрими иштей баштады.",
                "В библиотеке села {village} установили компьютеры, и для детей заработал "
                "кружок программирования и робототехники.",
                "The library in {village} installed computers and started a programming and "
                "robotics club for children.",
            ),
            "problem": T(
                "<p>Айылдын көпчүлүк балдарынын үйүндө компьютер жок. Мектептеги информатика "
                "кабинети эскирип, сабактар көбүнчө теория менен чектелчү.</p>",
                "<p>У большинства детей в селе дома нет компьютера. Кабинет информатики в школе "
                "устарел, и уроки сводились в основном к теории.</p>",
                "<p>Most children in the village have no computer at home. The school's IT room "
                "was out of date and lessons were mostly theory.</p>",
            ),
            "identification_method": "pra",
            "identification_details": T(
                "<p>Элет көйгөйүн биргеликте аныктоодо жаштар тобу санариптик көндүмдөрдүн "
                "жетишсиздигин белгиледи. Китепкананы колдонуу сунушу биргелешкен "
                "аракеттердин планына кирип, айылдык жыйында жактырылды.</p>",
                "<p>В ходе совместного изучения нужд сообщества группа молодёжи отметила "
                "нехватку цифровых навыков. Предложение использовать библиотеку вошло в план "
                "совместных действий и было одобрено сельским сходом.</p>",
                "<p>During the participatory appraisal, a youth group pointed to the lack of "
                "digital skills. A proposal to use the library went into the joint action plan "
                "and was approved by the village gathering.</p>",
            ),
            "alternatives": [
                T(
                    "Китепканада компьютер ийрими",
                    "Компьютерный кружок в библиотеке",
                    "A computer club in the library",
                ),
                T(
                    "Мектептин короосуна оюн аянтчасы",
                    "Игровая площадка во дворе школы",
                    "A playground in the school yard",
                ),
                T(
                    "Маданият үйүнө жаңы эшиктер",
                    "Новые двери для дома культуры",
                    "New doors for the culture house",
                ),
            ],
            "outputs": [
                {
                    "quantity": (8, 15),
                    "unit": "pcs",
                    "description": T("компьютерлер", "компьютеры", "computers"),
                },
                {
                    "quantity": (4, 8),
                    "unit": "pcs",
                    "description": T(
                        "робототехника топтомдору",
                        "наборы по робототехнике",
                        "robotics kits",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Китепканага компьютерлер, интернет жана робототехника топтомдору "
                "орнотулду. Мектептин информатика мугалими жумасына үч жолу сабак өтөт.</p>",
                "<p>В библиотеке установлены компьютеры, подключён интернет, куплены наборы по "
                "робототехнике. Учитель информатики проводит занятия три раза в неделю.</p>",
                "<p>Computers, an internet connection and robotics kits were installed in the "
                "library. The school's IT teacher runs sessions three times a week.</p>",
            ),
            "result": T(
                "<p>Ийримдин окуучулары облустук робототехника мелдешине катышышты. "
                "Китепканага келгендердин саны эки эседен ашык көбөйдү.</p>",
                "<p>Ученики кружка участвовали в областном конкурсе по робототехнике. "
                "Посещаемость библиотеки выросла более чем вдвое.</p>",
                "<p>Club members took part in the regional robotics contest, and library visits "
                "have more than doubled.</p>",
            ),
            "operator_kind": "institution",
            "operator_name": T(
                "{municipality} айыл аймагынын китепканасы",
                "Библиотека айылного аймака {municipality}",
                "Library of {municipality} aiyl aimak",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Интернет акысы жана мугалимдин кошумча сааттары жергиликтүү бюджеттен "
                "төлөнөт; ийрим балдар үчүн акысыз.",
                "Интернет и дополнительные часы учителя оплачиваются из местного бюджета; "
                "кружок для детей бесплатный.",
                "The internet bill and the teacher's extra hours are paid from the local "
                "budget; the club is free for children.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу компьютерлердин китепканада "
                "колдонулуп жатканын жана ийрим графигин текшерет.",
                "Группа совместного мониторинга и оценки проверяет, что компьютеры используются "
                "в библиотеке и кружок работает по графику.",
                "The joint monitoring and evaluation group checks that the computers are in use "
                "in the library and that the club keeps to its timetable.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Биринчи роботубуз жөн гана алдыга жүрдү, бирок баарыбыз кубанычтан "
                        "кыйкырып жибердик.",
                        "Наш первый робот просто поехал вперёд, но мы все закричали от радости.",
                        "Our first robot just drove forward, but we all shouted with joy.",
                    ),
                    "role": T(
                        "ийримдин катышуучусу",
                        "участница кружка",
                        "a club member",
                    ),
                },
            ],
            "beneficiaries": (30, 100),
            "total_kgs": (250_000, 600_000),
            "groups": ["children", "youth"],
        },
    ],
    "budget-transparency": [
        {
            "title": T(
                "Бюджет ар бир үйгө: {municipality} айыл аймагы биринчи жарандык бюджетин чыгарды",
                "Бюджет в каждый дом: айылный аймак {municipality} выпустил первый "
                "гражданский бюджет",
                "A budget for every home: {municipality} publishes its first citizens' budget",
            ),
            "summary": T(
                "Айыл өкмөтү жергиликтүү бюджетти жөнөкөй тилде түшүндүргөн жарандык бюджет "
                "китепчесин чыгарып, ар бир айылга маалымат такталарын орнотту.",
                "Айыл окмоту выпустил брошюру «Гражданский бюджет», где местный бюджет "
                "объяснён простым языком, и установил информационные стенды в каждом селе.",
                "The aiyl okmotu published a citizens' budget booklet explaining the local "
                "budget in plain language, and put up notice boards in every village.",
            ),
            "problem": T(
                "<p>Тургундар жергиликтүү бюджет канча экенин, жер салыгы жана мүлк салыгы "
                "кайда жумшаларын билишчү эмес. Бюджеттик угууларга аз адам келип, алар да "
                "сандардын таблицасын түшүнө алышчу эмес.</p>",
                "<p>Жители не знали, каков местный бюджет и куда идут земельный налог и налог "
                "на имущество. На бюджетные слушания приходило мало людей, и те не могли "
                "разобраться в таблицах цифр.</p>",
                "<p>Residents did not know how big the local budget was or where land and "
                "property tax went. Few people came to budget hearings, and those who did "
                "could not make sense of the tables of figures.</p>",
            ),
            "identification_method": "budget_hearing",
            "identification_details": T(
                "<p>Бюджеттик угуудан кийинки сурамжылоодо катышуучулардын көпчүлүгү "
                "бюджетти түшүнүү кыйын экенин айтышты. Айылдык кеңештин бюджеттик "
                "комиссиясы демилгелүү топ менен бирге жарандык бюджетти даярдоону "
                "сунуштады.</p>",
                "<p>В опросе после бюджетных слушаний большинство участников сказали, что "
                "бюджет трудно понять. Бюджетная комиссия айылного кенеша вместе с "
                "инициативной группой предложила подготовить гражданский бюджет.</p>",
                "<p>In a survey after the budget hearing most participants said the budget was "
                "hard to understand. The aiyl kenesh's budget committee and the initiative group "
                "proposed a citizens' budget.</p>",
            ),
            "alternatives": [
                T(
                    "Жарандык бюджет жана маалымат такталары",
                    "Гражданский бюджет и информационные стенды",
                    "A citizens' budget and notice boards",
                ),
                T(
                    "Айыл өкмөтүнүн сайтын ачуу",
                    "Сайт айыл окмоту",
                    "A website for the aiyl okmotu",
                ),
            ],
            "outputs": [
                {
                    "quantity": (500, 2000),
                    "unit": "pcs",
                    "description": T(
                        "жарандык бюджет китепчелери",
                        "брошюры «Гражданский бюджет»",
                        "citizens' budget booklets",
                    ),
                },
                {
                    "quantity": (3, 8),
                    "unit": "pcs",
                    "description": T(
                        "маалымат такталары",
                        "информационные стенды",
                        "notice boards",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Кыргыз жана орус тилдеринде сүрөттөр жана диаграммалар менен китепче "
                "басылып, ар бир үйгө таратылды. Айылдардын борборуна бюджеттин негизги "
                "көрсөткүчтөрү жазылган маалымат такталары коюлду.</p>",
                "<p>Брошюра на кыргызском и русском языках с рисунками и диаграммами напечатана "
                "и разнесена по домам. В центре каждого села поставлены стенды с основными "
                "показателями бюджета.</p>",
                "<p>An illustrated booklet with charts in Kyrgyz and Russian was printed and "
                "delivered to every home. Notice boards with the budget's main figures were put "
                "up in the centre of each village.</p>",
            ),
            "result": T(
                "<p>Кийинки бюджеттик угууга катышуучулар бир топ көбөйдү, тургундар "
                "жергиликтүү бюджетке жазуу жүзүндө сунуштарын алып келишти.</p>",
                "<p>На следующие бюджетные слушания пришло заметно больше людей, жители принесли "
                "письменные предложения в местный бюджет.</p>",
                "<p>Noticeably more people came to the next budget hearing, and residents "
                "brought written proposals for the local budget.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтүнүн финансы-экономика бөлүмү",
                "Финансово-экономический отдел айыл окмоту {municipality}",
                "Finance and economy department of {municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Жарандык бюджетти жыл сайын чыгаруу айылдык кеңештин токтому менен "
                "милдеттүү болду; басып чыгарууга каражат жергиликтүү бюджетте каралат.",
                "Ежегодный выпуск гражданского бюджета закреплён постановлением айылного "
                "кенеша; средства на печать предусмотрены в местном бюджете.",
                "A resolution of the aiyl kenesh makes the citizens' budget a yearly "
                "publication, with printing paid from the local budget.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу китепченин ар бир үйгө жеткенин "
                "тандамалуу текшерди.",
                "Группа совместного мониторинга и оценки выборочно проверила, дошла ли брошюра "
                "до каждого дома.",
                "The joint monitoring and evaluation group spot-checked that the booklet reached "
                "every home.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Жер салыгым мектептин отунуна жумшаларын биринчи жолу билдим.",
                        "Я впервые узнал, что мой земельный налог идёт на отопление школы.",
                        "It was the first time I learned that my land tax pays for heating the "
                        "school.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "житель села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (3000, 15000),
            "total_kgs": (80_000, 300_000),
            "groups": ["women", "youth"],
        },
        {
            "title": T(
                "Бюджеттик угуулар ар бир айылда: тургундардын сунуштары бюджетке кирди",
                "Бюджетные слушания в каждом селе: предложения жителей вошли в бюджет "
                "айылного аймака {municipality}",
                "Budget hearings in every village: residents' proposals make it into the "
                "{municipality} budget",
            ),
            "summary": T(
                "Айыл өкмөтү бюджеттик угууларды борбордо гана эмес, ар бир айылда өткөрө "
                "баштады. Тургундардын бир нече сунушу жергиликтүү бюджетке киргизилди.",
                "Айыл окмоту стал проводить бюджетные слушания не только в центре, но и в "
                "каждом селе. Несколько предложений жителей вошли в местный бюджет.",
                "The aiyl okmotu now holds budget hearings in every village, not just the "
                "centre. Several of residents' proposals went into the local budget.",
            ),
            "problem": T(
                "<p>Бюджеттик угуулар айыл өкмөтүнүн имаратында жумуш убагында өтчү. Алыскы "
                "айылдардын тургундары, өзгөчө аялдар жана кары-картаңдар ага жете алышчу "
                "эмес, ошондуктан алардын муктаждыктары бюджетте эске алынчу эмес.</p>",
                "<p>Бюджетные слушания проходили в здании айыл окмоту в рабочее время. Жители "
                "дальних сёл, особенно женщины и пожилые люди, не могли на них попасть, и их "
                "нужды в бюджете не учитывались.</p>",
                "<p>Budget hearings took place in the aiyl okmotu building during working hours. "
                "People from the outlying villages, especially women and the elderly, could not "
                "get there, so their needs were left out of the budget.</p>",
            ),
            "identification_method": "competition",
            "identification_details": T(
                "<p>Айыл өкмөтү «Жергиликтүү демилге» сынагына тургундарды бюджеттик процесске "
                "тартуу боюнча табыштама берип, жеңүүчүлөрдүн катарына кирди. Угуулардын "
                "графигин айылдык кеңеш бекитти.</p>",
                "<p>Айыл окмоту подал на конкурс «Местная инициатива» заявку о вовлечении "
                "жителей в бюджетный процесс и вошёл в число победителей. График слушаний "
                "утвердил айылный кенеш.</p>",
                "<p>The aiyl okmotu entered the local initiative competition with a plan to "
                "involve residents in the budget process, and was among the winners. The aiyl "
                "kenesh approved the hearings schedule.</p>",
            ),
            "alternatives": [
                T(
                    "Ар бир айылда бюджеттик угуу",
                    "Бюджетные слушания в каждом селе",
                    "Budget hearings in every village",
                ),
                T(
                    "Борбордо бир чоң угуу",
                    "Одни большие слушания в центре",
                    "One large hearing in the centre",
                ),
            ],
            "outputs": [
                {
                    "quantity": (4, 9),
                    "unit": "pcs",
                    "description": T(
                        "айылдарда өткөн бюджеттик угуулар",
                        "бюджетные слушания в сёлах",
                        "village budget hearings",
                    ),
                },
                {
                    "quantity": (5, 15),
                    "unit": "pcs",
                    "description": T(
                        "бюджетке кирген тургундардын сунуштары",
                        "предложения жителей, вошедшие в бюджет",
                        "residents' proposals adopted in the budget",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Угуулар кечкисин мектептерде жана маданият үйлөрүндө өттү. Ар бир угууда "
                "сунуштар протоколго жазылып, айылдык кеңеш ар бири боюнча жооп берди.</p>",
                "<p>Слушания прошли вечером в школах и домах культуры. На каждом предложения "
                "заносились в протокол, и айылный кенеш дал ответ по каждому из них.</p>",
                "<p>The hearings were held in the evening in schools and culture houses. Every "
                "proposal was minuted and the aiyl kenesh replied to each one.</p>",
            ),
            "result": T(
                "<p>Угууларга катышкандардын жарымына жакыны аялдар болду. Бюджетке алыскы "
                "айылдардагы суу түтүгүн оңдоо жана көчө чырактары киргизилди.</p>",
                "<p>Почти половину участников слушаний составили женщины. В бюджет вошли ремонт "
                "водопровода и уличные фонари в дальних сёлах.</p>",
                "<p>Nearly half of those at the hearings were women. Repairs to the water "
                "pipeline and street lamps in the outlying villages were added to the "
                "budget.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Ар бир айылда угуу өткөрүү тартиби жергиликтүү жамааттын уставына киргизилди.",
                "Порядок проведения слушаний в каждом селе закреплён в уставе местного сообщества.",
                "Holding a hearing in every village is now written into the local community "
                "charter.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу тургундардын сунуштары бюджетте "
                "кандай чагылдырылганын карап, жыл аягында отчет берди.",
                "Группа совместного мониторинга и оценки проследила, как предложения жителей "
                "отражены в бюджете, и отчиталась в конце года.",
                "The joint monitoring and evaluation group tracked how residents' proposals "
                "were reflected in the budget and reported at the end of the year.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Угуу биздин айылга келгенде, биз да сөз сүйлөп, сунушубузду айттык.",
                        "Когда слушания пришли в наше село, мы тоже выступили и сказали, что "
                        "нам нужно.",
                        "When the hearing came to our village, we spoke up too and said what we "
                        "needed.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
                {
                    "text": T(
                        "Ар бир сунушка жазуу жүзүндө жооп беребиз, кабыл алынбаса да себебин "
                        "түшүндүрөбүз.",
                        "На каждое предложение мы отвечаем письменно и, если не принимаем, "
                        "объясняем почему.",
                        "We answer every proposal in writing, and if we turn one down we "
                        "explain why.",
                    ),
                    "role": T(
                        "айылдык кеңештин төрагасы",
                        "председатель айылного кенеша",
                        "the chair of the aiyl kenesh",
                    ),
                },
            ],
            "beneficiaries": (3000, 12000),
            "total_kgs": (60_000, 250_000),
            "groups": ["women", "elderly"],
        },
    ],
    "social-support": [
        {
            "title": T(
                "Пандустар жана туткалар: {village} айылынын коомдук имараттары баарына "
                "жеткиликтүү болду",
                "Пандусы и поручни: общественные здания села {village} стали доступны всем",
                "Ramps and handrails open up the public buildings of {village} to everyone",
            ),
            "summary": T(
                "Ден соолугунун мүмкүнчүлүгү чектелген адамдар менен өткөрүлгөн фокус-топтон "
                "кийин айыл өкмөтүнүн, мектептин жана фельдшердик-акушердик пункттун кире "
                "бериштерине пандустар жасалды.",
                "После фокус-группы с людьми с инвалидностью у входов в айыл окмоту, школу и "
                "фельдшерско-акушерский пункт сделали пандусы.",
                "After a focus group with people with disabilities, ramps were built at the "
                "entrances to the aiyl okmotu, the school and the health post.",
            ),
            "problem": T(
                "<p>Коомдук имараттардын бардыгы бийик тепкичтүү болчу. Кресло-арабадагы "
                "тургундар маалымкат алуу же врачка көрүнүү үчүн жардамчы издешчү, айрымдары "
                "үйдөн таптакыр чыкпай калышчу.</p>",
                "<p>У всех общественных зданий были высокие крыльца. Жителям на колясках "
                "приходилось искать помощников, чтобы взять справку или попасть к врачу, а "
                "некоторые вообще перестали выходить из дома.</p>",
                "<p>Every public building had high steps. Wheelchair users needed someone to "
                "help them just to get a certificate or see a doctor, and some stopped leaving "
                "home altogether.</p>",
            ),
            "identification_method": "focus_group",
            "identification_details": T(
                "<p>Айыл өкмөтү ден соолугунун мүмкүнчүлүгү чектелген адамдар жана алардын "
                "үй-бүлөлөрү менен фокус-топ өткөрдү. Алар кайсы имараттарга биринчи кезекте "
                "пандус керек экенин аныкташып, тизме айылдык жыйында бекитилди.</p>",
                "<p>Айыл окмоту провёл фокус-группу с людьми с инвалидностью и их семьями. Они "
                "назвали здания, где пандус нужнее всего, и этот список утвердил сельский "
                "сход.</p>",
                "<p>The aiyl okmotu held a focus group with people with disabilities and their "
                "families. They named the buildings that most needed ramps, and the village "
                "gathering approved the list.</p>",
            ),
            "alternatives": [
                T(
                    "Коомдук имараттарга пандустар",
                    "Пандусы у общественных зданий",
                    "Ramps at public buildings",
                ),
                T(
                    "Майрамдык иш-чараларга жабдуулар",
                    "Оборудование для праздничных мероприятий",
                    "Equipment for public celebrations",
                ),
            ],
            "outputs": [
                {
                    "quantity": (3, 8),
                    "unit": "pcs",
                    "description": T("пандустар", "пандусы", "ramps"),
                },
                {
                    "quantity": (30, 90),
                    "unit": "m",
                    "description": T("туткалар", "поручни", "handrails"),
                },
            ],
            "outputs_text": T(
                "<p>Талапка ылайык жантаюусу бар бетон пандустар куюлуп, эки тараптан тутка "
                "орнотулду. Айыл өкмөтүндө кабыл алуу бөлмөсү биринчи кабатка көчүрүлдү.</p>",
                "<p>Залиты бетонные пандусы с нормативным уклоном, с двух сторон установлены "
                "поручни. Приёмная айыл окмоту перенесена на первый этаж.</p>",
                "<p>Concrete ramps with a standard gradient were poured and handrails fitted on "
                "both sides. The aiyl okmotu moved its reception room to the ground floor.</p>",
            ),
            "result": T(
                "<p>Кресло-арабадагы тургундар жана балдар арабасын түрткөн энелер коомдук "
                "имараттарга жардамсыз кире алышат.</p>",
                "<p>Жители на колясках и мамы с детскими колясками могут зайти в общественные "
                "здания без посторонней помощи.</p>",
                "<p>Wheelchair users and parents with prams can now enter public buildings "
                "without help.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Пандустарды кышында кардан жана муздан тазалоо имараттардын кароолчуларына "
                "жүктөлдү.",
                "Очистка пандусов от снега и льда зимой поручена сторожам зданий.",
                "The caretakers of each building clear the ramps of snow and ice in winter.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобуна ден соолугунун мүмкүнчүлүгү "
                "чектелген эки тургун кошулуп, ар бир пандусту өздөрү сынап көрүштү.",
                "В группу совместного мониторинга и оценки вошли двое жителей с "
                "инвалидностью, которые сами испытали каждый пандус.",
                "Two residents with disabilities joined the joint monitoring and evaluation "
                "group and tried out every ramp themselves.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Он жылдан бери айыл өкмөтүнө өзүм кире элек болчумун. Эми маалымкатты "
                        "өзүм барып алам.",
                        "За десять лет я ни разу сам не зашёл в айыл окмоту. Теперь за справкой "
                        "езжу сам.",
                        "In ten years I had never got into the aiyl okmotu on my own. Now I go "
                        "for my certificates myself.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "житель села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (80, 400),
            "total_kgs": (250_000, 900_000),
            "groups": ["people-with-disabilities", "elderly"],
        },
        {
            "title": T(
                "Аз камсыз болгон үй-бүлөлөргө суу акысына жеңилдик жана акысыз эсептегичтер",
                "Льгота по оплате воды и бесплатные счётчики для малообеспеченных семей",
                "Water bill discounts and free meters for low-income families",
            ),
            "summary": T(
                "Айылдык кеңеш аз камсыз болгон үй-бүлөлөр үчүн суу акысын субсидиялоону "
                "бекитти. Алардын үйлөрүнө суу эсептегичтер акысыз орнотулду.",
                "Айылный кенеш утвердил субсидирование платы за воду для малообеспеченных "
                "семей. В их домах бесплатно установили счётчики воды.",
                "The aiyl kenesh approved a subsidy on water bills for low-income families, "
                "and their homes got water meters free of charge.",
            ),
            "problem": T(
                "<p>Жаңы тариф бекитилгенден кийин айрым үй-бүлөлөр суу акысын төлөй албай, "
                "карызга батып калышты. Эсептегичтери жок үйлөр нормативдин негизинде көбүрөөк "
                "төлөшчү.</p>",
                "<p>После утверждения нового тарифа часть семей не смогла платить за воду и "
                "накопила долги. Дома без счётчиков платили по нормативу, то есть больше.</p>",
                "<p>After the new tariff was approved some families could not pay for their "
                "water and fell into debt. Homes without meters paid a flat rate, which cost "
                "them more.</p>",
            ),
            "identification_method": "budget_hearing",
            "identification_details": T(
                "<p>Тариф боюнча коомдук угууда көп балалуу энелер жана пенсионерлер бул "
                "маселени көтөрүштү. Айыл өкмөтүнүн социалдык кызматкери муктаж "
                "үй-бүлөлөрдүн тизмесин даярдап, айылдык кеңеш жеңилдиктин тартибин "
                "бекитти.</p>",
                "<p>На публичных слушаниях по тарифу этот вопрос подняли многодетные матери и "
                "пенсионеры. Социальный работник айыл окмоту составил список нуждающихся семей, "
                "а айылный кенеш утвердил порядок предоставления льготы.</p>",
                "<p>Mothers of large families and pensioners raised the issue at the public "
                "hearing on the tariff. The aiyl okmotu's social worker drew up a list of "
                "families in need and the aiyl kenesh approved the rules for the discount.</p>",
            ),
            "alternatives": [
                T(
                    "Суу акысын субсидиялоо жана акысыз эсептегичтер",
                    "Субсидии на воду и бесплатные счётчики",
                    "Water subsidies and free meters",
                ),
                T(
                    "Тарифти бардыгы үчүн төмөндөтүү",
                    "Снижение тарифа для всех",
                    "Lowering the tariff for everyone",
                ),
            ],
            "outputs": [
                {
                    "quantity": (30, 120),
                    "unit": "pcs",
                    "description": T(
                        "акысыз орнотулган суу эсептегичтер",
                        "бесплатно установленные счётчики",
                        "meters installed free of charge",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Тизмедеги үй-бүлөлөргө суу эсептегичтер жергиликтүү бюджеттин эсебинен "
                "орнотулду. Алар тарифтин жарымын төлөшөт, калганын айыл өкмөтү суу "
                "пайдалануучулардын бирикмесине которот.</p>",
                "<p>Семьям из списка счётчики установлены за счёт местного бюджета. Они платят "
                "половину тарифа, остальное айыл окмоту перечисляет ассоциации водопользователей."
                "</p>",
                "<p>Families on the list had meters fitted at the local budget's expense. They "
                "pay half the tariff and the aiyl okmotu pays the rest to the water users' "
                "association.</p>",
            ),
            "result": T(
                "<p>Суу акысы боюнча карыздар азайып, суу пайдалануучулардын бирикмесинин "
                "кирешеси туруктуу болду. Эч бир үй-бүлө суудан ажыратылган жок.</p>",
                "<p>Долги за воду сократились, а доходы ассоциации водопользователей стали "
                "стабильными. Ни одну семью не отключили от воды.</p>",
                "<p>Water debts fell and the users' association's income became steady. No "
                "family was cut off.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтүнүн социалдык бөлүмү",
                "Социальный отдел айыл окмоту {municipality}",
                "Social department of {municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Субсидия үчүн каражат жыл сайын жергиликтүү бюджетте каралат; "
                "үй-бүлөлөрдүн тизмеси ар жылы кайра каралат.",
                "Средства на субсидию ежегодно закладываются в местный бюджет; список семей "
                "пересматривается каждый год.",
                "The local budget sets aside money for the subsidy every year, and the list of "
                "families is reviewed annually.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу жеңилдик алган үй-бүлөлөрдүн "
                "тизмесин ачык-айкындуулук үчүн тандамалуу текшерди.",
                "Группа совместного мониторинга и оценки выборочно проверила список "
                "получателей льготы на прозрачность.",
                "The joint monitoring and evaluation group spot-checked the list of families "
                "getting the discount to make sure it was fair.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Беш баламды жалгыз багып жатам. Жеңилдик болбогондо суу акысын төлөй "
                        "алмак эмесмин.",
                        "Я одна воспитываю пятерых детей. Без льготы я не смогла бы платить "
                        "за воду.",
                        "I'm raising five children on my own. Without the discount I couldn't "
                        "pay for water.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (150, 600),
            "total_kgs": (200_000, 800_000),
            "groups": ["low-income-families", "elderly", "women"],
        },
    ],
    "cemeteries": [
        {
            "title": T(
                "{village} айылынын көрүстөнү тосулду",
                "Кладбище села {village} обнесли оградой",
                "A fence for the cemetery of {village}",
            ),
            "summary": T(
                "Мал кирип, мүрзөлөрдү бузуп жаткан көрүстөндүн айланасына металл тосмо "
                "курулду. Тургундар ашарга чыгып, каражаттын бир бөлүгүн өздөрү чогултушту.",
                "Вокруг кладбища, куда заходил скот и портил могилы, поставили металлическую "
                "ограду. Жители вышли на ашар и собрали часть средств сами.",
                "A steel fence now surrounds the cemetery, where cattle used to wander in and "
                "damage the graves. Residents turned out for an ashar and raised part of the "
                "money themselves.",
            ),
            "problem": T(
                "<p>Көрүстөндүн эски тосмосу кулап, мал ичине кирип, мүрзөлөрдү тебелеп "
                "жүрчү. Тургундар муну ата-бабалардын арбагын сыйлабагандык катары "
                "кабылдашчу.</p>",
                "<p>Старая ограда кладбища развалилась, скот заходил внутрь и вытаптывал "
                "могилы. Жители воспринимали это как неуважение к памяти предков.</p>",
                "<p>The cemetery's old fence had collapsed and cattle wandered in and trampled "
                "the graves. Residents saw it as a lack of respect for their ancestors.</p>",
            ),
            "identification_method": "joint_action_plan",
            "identification_details": T(
                "<p>Аксакалдар кеңеши маселени элет көйгөйүн биргеликте аныктоодо көтөргөн, "
                "ал биргелешкен аракеттердин планына киргизилген. Айылдык жыйын тосмону "
                "куруп, ар бир үй-бүлө салым кошууну чечти.</p>",
                "<p>Совет аксакалов поднял вопрос при совместном изучении нужд сообщества, и "
                "его включили в план совместных действий. Сельский сход решил построить ограду "
                "с вкладом каждой семьи.</p>",
                "<p>The elders' council raised the issue during the participatory appraisal and "
                "it went into the joint action plan. The village gathering agreed to build the "
                "fence with a contribution from every family.</p>",
            ),
            "alternatives": [
                T("Көрүстөндү тосуу", "Ограждение кладбища", "Fencing the cemetery"),
                T(
                    "Мечиттин жанына даарат алуучу жай",
                    "Помещение для омовения у мечети",
                    "An ablution room by the mosque",
                ),
                T("Жолдорду оңдоо", "Ремонт дорог", "Repairing the roads"),
            ],
            "outputs": [
                {
                    "quantity": (600, 1500),
                    "unit": "m",
                    "description": T("металл тосмо", "металлическая ограда", "steel fence"),
                },
                {
                    "quantity": (1, 2),
                    "unit": "pcs",
                    "description": T("дарбазалар", "ворота", "gates"),
                },
            ],
            "outputs_text": T(
                "<p>Бетон мамыларга металл тор тосмо орнотулуп, кулпусу бар дарбаза коюлду. "
                "Тургундар эски тосмону бузуп чыгарып, мамыларды орнотууга ашар менен "
                "катышышты.</p>",
                "<p>На бетонных столбах установлена металлическая сетчатая ограда и ворота с "
                "замком. Жители методом ашара разобрали старый забор и помогли ставить "
                "столбы.</p>",
                "<p>A steel mesh fence was put up on concrete posts, with a lockable gate. "
                "Residents took down the old fence and helped set the posts as an ashar.</p>",
            ),
            "result": T(
                "<p>Көрүстөнгө мал кирбей калды, мүрзөлөр тартипке келтирилди. Тургундар "
                "жылына эки жолу көрүстөндү тазалоого чогулушат.</p>",
                "<p>Скот на кладбище больше не заходит, могилы приведены в порядок. Дважды в "
                "год жители собираются на уборку кладбища.</p>",
                "<p>Cattle no longer get in and the graves have been tidied. Twice a year "
                "residents gather to clean up the cemetery.</p>",
            ),
            "operator_kind": "community",
            "operator_name": T(
                "{municipality} айыл аймагынын көрүстөн комитети",
                "Кладбищенский комитет айылного аймака {municipality}",
                "Cemetery committee of {municipality} aiyl aimak",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Көрүстөндү кароону айылдык жыйында шайланган комитет аткарат; айыл өкмөтү "
                "кароолчунун айлыгын төлөйт.",
                "За кладбищем следит комитет, избранный на сельском сходе; айыл окмоту "
                "оплачивает работу сторожа.",
                "A committee elected at the village gathering looks after the cemetery, and the "
                "aiyl okmotu pays a caretaker.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу тургундардан чогулган каражаттын "
                "эсебин айылдык жыйында ачык көрсөттү.",
                "Группа совместного мониторинга и оценки открыто отчиталась на сельском сходе "
                "о собранных с жителей средствах.",
                "The joint monitoring and evaluation group gave an open account of the money "
                "collected from residents at the village gathering.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Бул биздин ата-бабаларыбыздын жатканы жер. Аны бүт айыл болуп тостук.",
                        "Здесь покоятся наши предки. Ограду мы поставили всем селом.",
                        "Our ancestors rest here. The whole village built this fence together.",
                    ),
                    "role": T(
                        "аксакалдар кеңешинин мүчөсү",
                        "член совета аксакалов",
                        "a member of the elders' council",
                    ),
                },
            ],
            "beneficiaries": (1500, 7000),
            "total_kgs": (500_000, 1_800_000),
            "groups": ["elderly"],
        },
        {
            "title": T(
                "{village} айылында көрүстөнгө жол салынып, суу тартылып, дарактар отургузулду",
                "Дорога, вода и деревья у кладбища: в селе {village} навели порядок в "
                "ритуальных услугах",
                "A road, water and trees: burial services put in order in {village}",
            ),
            "summary": T(
                "Көрүстөнгө шагыл жол салынып, суу чыгаруучу кран орнотулуп, дарактар "
                "отургузулду. Айыл өкмөтү мүрзө орундарынын реестрин жүргүзө баштады.",
                "К кладбищу проложили гравийную дорогу, поставили водоразборный кран и "
                "высадили деревья. Айыл окмоту начал вести реестр мест захоронения.",
                "A gravel road now leads to the cemetery, with a water tap and new trees. The "
                "aiyl okmotu has started keeping a register of burial plots.",
            ),
            "problem": T(
                "<p>Көрүстөнгө баруучу жол жаан-чачында өтпөй калчу, сөөк коюуга келгендер "
                "машинаны алыс калтырып, жөө басышчу. Ал жерде суу жок эле, ал эми мүрзө "
                "орундары эч жерде катталчу эмес.</p>",
                "<p>В распутицу дорога к кладбищу становилась непроезжей, и на похоронах "
                "машины оставляли далеко и шли пешком. Воды там не было, а места захоронения "
                "нигде не учитывались.</p>",
                "<p>In wet weather the road to the cemetery was impassable, so mourners left "
                "their cars far away and walked. There was no water, and burial plots were not "
                "recorded anywhere.</p>",
            ),
            "identification_method": "budget_hearing",
            "identification_details": T(
                "<p>Жергиликтүү бюджет боюнча коомдук угууда бир нече айылдын тургундары "
                "көрүстөнгө баруучу жолду оңдоону сурашты. Айылдык кеңеш сунушту бюджетке "
                "киргизип, айылдык жыйын иштердин тизмесин бекитти.</p>",
                "<p>На публичных слушаниях по местному бюджету жители нескольких сёл попросили "
                "отремонтировать дорогу к кладбищу. Айылный кенеш включил предложение в бюджет, "
                "а сельский сход утвердил перечень работ.</p>",
                "<p>At the public hearing on the local budget, residents of several villages "
                "asked for the cemetery road to be repaired. The aiyl kenesh added it to the "
                "budget and the village gathering approved the list of works.</p>",
            ),
            "alternatives": [
                T(
                    "Көрүстөнгө жол жана суу",
                    "Дорога и вода к кладбищу",
                    "A road and water for the cemetery",
                ),
                T(
                    "Жаңы көрүстөнгө жер бөлүү",
                    "Отвод земли под новое кладбище",
                    "Land for a new cemetery",
                ),
            ],
            "outputs": [
                {
                    "quantity": (1, 3),
                    "unit": "km",
                    "description": T("шагыл жол", "гравийная дорога", "gravel road"),
                },
                {
                    "quantity": (100, 300),
                    "unit": "pcs",
                    "description": T(
                        "отургузулган дарактар", "высаженные деревья", "trees planted"
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Көрүстөнгө чейин шагыл жол салынып, дарбазанын жанында унаа токтотуучу "
                "жай жасалды. Суу түтүгү тартылып, кран орнотулду, тосмонун боюна дарактар "
                "отургузулду.</p>",
                "<p>До кладбища проложена гравийная дорога, у ворот сделана стоянка. Подведён "
                "водопровод с краном, вдоль ограды высажены деревья.</p>",
                "<p>A gravel road was built up to the cemetery with parking by the gate. A water "
                "pipe and tap were installed and trees planted along the fence.</p>",
            ),
            "result": T(
                "<p>Сөөк коюу ар кандай аба ырайында уюштурулат. Мүрзө орундары реестрге "
                "катталып, үй-бүлөлөр айыл өкмөтүнөн орун тууралуу маалымкат ала алышат.</p>",
                "<p>Похороны можно организовать в любую погоду. Места захоронения внесены в "
                "реестр, и семьи могут получить в айыл окмоту справку о месте.</p>",
                "<p>Burials can take place in any weather. Plots are entered in a register and "
                "families can get a certificate for a plot from the aiyl okmotu.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Жолду жана сууну кармоо айыл өкмөтүнүн жылдык бюджетинде каралды; мүрзө "
                "орду акысыз берилет.",
                "Содержание дороги и водопровода предусмотрено в годовом бюджете айыл окмоту; "
                "место захоронения предоставляется бесплатно.",
                "Upkeep of the road and water supply is in the aiyl okmotu's annual budget; "
                "burial plots are free.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу жолдун узундугун жана дарактардын "
                "санын актыга дал келтирип текшерди.",
                "Группа совместного мониторинга и оценки сверила длину дороги и число "
                "деревьев с актом.",
                "The joint monitoring and evaluation group checked the road's length and the "
                "number of trees against the completion certificate.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Кайгылуу күндө адамдар баткакта калбашы керек. Эми жол бар, суу бар.",
                        "В горький день люди не должны стоять в грязи. Теперь есть и дорога, и "
                        "вода.",
                        "On a day of grief nobody should be stuck in the mud. Now there is a "
                        "road and water.",
                    ),
                    "role": T(
                        "айыл өкмөтүнүн башчысы",
                        "глава айыл окмоту",
                        "the head of the aiyl okmotu",
                    ),
                },
            ],
            "beneficiaries": (2000, 9000),
            "total_kgs": (600_000, 2_000_000),
            "groups": ["elderly"],
        },
    ],
    "certificates-registration": [
        {
            "title": T(
                "«Бир терезе»: {municipality} айыл өкмөтүндө маалымкаттар бир күндө берилет",
                "«Одно окно»: в айыл окмоту {municipality} справки выдают за один день",
                "One window: certificates in a day at {municipality} aiyl okmotu",
            ),
            "summary": T(
                "Айыл өкмөтүндө «бир терезе» кабыл алуу бөлмөсү ачылып, чарба китебинен "
                "маалымкаттар жана көчүрмөлөр компьютерде даярдалып, бир күндө берилет.",
                "В айыл окмоту открылась приёмная «одно окно»: справки и выписки из "
                "похозяйственной книги готовят на компьютере и выдают за один день.",
                "The aiyl okmotu opened a one-window reception where certificates and extracts "
                "from the household book are prepared on computer and issued in a day.",
            ),
            "problem": T(
                "<p>Маалымкат алуу үчүн тургундар бир нече кабинетке кирип, кээде бир нече "
                "күн келүүгө аргасыз болушчу. Чарба китептери кагаз түрүндө сакталып, керектүү "
                "жазууну табуу көп убакыт алчу.</p>",
                "<p>Чтобы получить справку, жители обходили несколько кабинетов и порой "
                "приходили по нескольку дней. Похозяйственные книги хранились только на бумаге, "
                "и поиск нужной записи занимал много времени.</p>",
                "<p>To get a certificate residents went from office to office and sometimes had "
                "to come back several days running. The household books were kept on paper "
                "only, and finding a record took a long time.</p>",
            ),
            "identification_method": "focus_group",
            "identification_details": T(
                "<p>Пенсионерлер жана жаш энелер менен өткөрүлгөн фокус-топто маалымкат алуу "
                "эң көп нааразычылык жараткан кызмат болуп чыкты. Сунуш айылдык жыйында "
                "колдоого алынып, кызмат көрсөтүүлөрдү жакшыртуу планына киргизилди.</p>",
                "<p>На фокус-группе с пенсионерами и молодыми матерями получение справок "
                "оказалось услугой, вызывающей больше всего недовольства. Предложение "
                "поддержал сельский сход, его включили в план улучшения услуг.</p>",
                "<p>At a focus group with pensioners and young mothers, getting certificates "
                "turned out to be the service people complained about most. The village "
                "gathering backed the proposal and it went into the service improvement "
                "plan.</p>",
            ),
            "alternatives": [
                T(
                    "«Бир терезе» кабыл алуу бөлмөсү",
                    "Приёмная «одно окно»",
                    "A one-window reception",
                ),
                T(
                    "Айыл өкмөтүнүн имаратынын фасадын оңдоо",
                    "Ремонт фасада здания айыл окмоту",
                    "Repairing the front of the aiyl okmotu building",
                ),
            ],
            "outputs": [
                {
                    "quantity": (2, 4),
                    "unit": "pcs",
                    "description": T(
                        "компьютер жана принтер топтомдору",
                        "комплекты компьютер и принтер",
                        "computer and printer sets",
                    ),
                },
                {
                    "quantity": (15, 40),
                    "unit": "pcs",
                    "description": T(
                        "санариптештирилген чарба китептери",
                        "оцифрованные похозяйственные книги",
                        "household books digitised",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Биринчи кабатта күтүү жайы жана отургучтары бар кабыл алуу бөлмөсү "
                "жабдылды. Чарба китептеринин маалыматтары компьютерге киргизилип, "
                "маалымкаттардын үлгүлөрү бекитилди.</p>",
                "<p>На первом этаже оборудована приёмная с зоной ожидания и скамейками. Данные "
                "похозяйственных книг внесены в компьютер, утверждены образцы справок.</p>",
                "<p>A reception room with a waiting area and seating was fitted out on the "
                "ground floor. The household book records were entered into the computer and "
                "standard certificate forms approved.</p>",
            ),
            "result": T(
                "<p>Маалымкаттардын көпчүлүгү кайрылган күнү эле берилет. Тургундар кайсы "
                "маалымкат акысыз, кайсынысы үчүн канча төлөөрүн тактадан көрө алышат.</p>",
                "<p>Большинство справок выдают в день обращения. На стенде жители видят, какие "
                "справки бесплатные, а за какие и сколько нужно платить.</p>",
                "<p>Most certificates are issued the same day. A notice board shows which are "
                "free and what the others cost.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Кызматтын стандарты айылдык кеңеш тарабынан бекитилип, жергиликтүү кызмат "
                "көрсөтүүлөрдүн реестрине киргизилди.",
                "Стандарт услуги утверждён айылным кенешем и включён в местный реестр "
                "муниципальных услуг.",
                "The service standard was approved by the aiyl kenesh and entered in the local "
                "register of municipal services.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу кабыл алуу бөлмөсүндө тургундар "
                "арасында сурамжылоо жүргүзүп, күтүү убактысын өлчөдү.",
                "Группа совместного мониторинга и оценки провела опрос посетителей приёмной и "
                "замерила время ожидания.",
                "The joint monitoring and evaluation group surveyed visitors at the reception "
                "and timed how long they waited.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Неберемдин бакчасы үчүн маалымкат керек болду. Келип, чай ичип "
                        "бүткүчө даяр болуп калды.",
                        "Понадобилась справка для детского сада внука. Пока пила чай, её уже "
                        "подготовили.",
                        "I needed a certificate for my grandson's kindergarten. It was ready "
                        "before I had finished my tea.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "жительница села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (3000, 15000),
            "total_kgs": (300_000, 1_000_000),
            "groups": ["elderly", "women"],
        },
        {
            "title": T(
                "Айыл өкмөтү алыскы айылдарга көчмө кабыл алуу менен келет",
                "Айыл окмоту приезжает в дальние сёла с выездным приёмом",
                "The aiyl okmotu takes its services to outlying villages",
            ),
            "summary": T(
                "Жумасына бир жолу айыл өкмөтүнүн адиси ноутбук жана принтер менен "
                "{village} айылына барып, маалымкаттарды жана чарба китебинен көчүрмөлөрдү "
                "ошол жерде берет.",
                "Раз в неделю специалист айыл окмоту с ноутбуком и принтером приезжает в село "
                "{village} и выдаёт справки и выписки из похозяйственной книги на месте.",
                "Once a week an aiyl okmotu officer comes to {village} with a laptop and "
                "printer and issues certificates and household book extracts on the spot.",
            ),
            "problem": T(
                "<p>{village} айылынан айыл өкмөтүнө чейин туруктуу каттам жок, таксиге "
                "баруу-келүү бир маалымкаттын баасынан бир нече эсе кымбат. Кары-картаңдар "
                "жана ден соолугунун мүмкүнчүлүгү чектелген адамдар үчүн бул жол өзгөчө "
                "оор.</p>",
                "<p>Из села {village} до айыл окмоту нет регулярного транспорта, а поездка на "
                "такси туда и обратно в разы дороже самой справки. Пожилым и людям с "
                "инвалидностью эта дорога особенно тяжела.</p>",
                "<p>There is no regular transport from {village} to the aiyl okmotu, and a taxi "
                "there and back costs many times more than the certificate itself. The trip is "
                "especially hard for elderly people and people with disabilities.</p>",
            ),
            "identification_method": "joint_action_plan",
            "identification_details": T(
                "<p>Биргелешкен мониторинг жана баалоо тобу кызмат көрсөтүүлөрдүн сапатын "
                "баалоодо алыскы айылдардан келгендердин даттанууларын белгиледи. Көчмө кабыл "
                "алуу биргелешкен аракеттердин планына кирип, айылдык жыйын графикти "
                "бекитти.</p>",
                "<p>Оценивая качество услуг, группа совместного мониторинга и оценки отметила "
                "жалобы жителей дальних сёл. Выездной приём включили в план совместных "
                "действий, а сельский сход утвердил график.</p>",
                "<p>When assessing service quality, the joint monitoring and evaluation group "
                "noted complaints from outlying villages. Mobile reception went into the joint "
                "action plan and the village gathering approved the schedule.</p>",
            ),
            "alternatives": [
                T(
                    "Жумалык көчмө кабыл алуу",
                    "Еженедельный выездной приём",
                    "A weekly mobile reception",
                ),
                T(
                    "Айылда туруктуу кеңсе ачуу",
                    "Постоянный кабинет в селе",
                    "A permanent office in the village",
                ),
            ],
            "outputs": [
                {
                    "quantity": (1, 2),
                    "unit": "pcs",
                    "description": T(
                        "ноутбук жана көчмө принтер топтому",
                        "комплект ноутбук и переносной принтер",
                        "laptop and portable printer set",
                    ),
                },
                {
                    "quantity": (2, 5),
                    "unit": "pcs",
                    "description": T(
                        "көчмө кабыл алуу пункттары",
                        "пункты выездного приёма",
                        "mobile reception points",
                    ),
                },
            ],
            "outputs_text": T(
                "<p>Ноутбук, көчмө принтер жана мобилдик интернет сатып алынды. Кабыл алуу "
                "мектептердин жана фельдшердик-акушердик пункттардын бөлмөлөрүндө графикке "
                "ылайык өтөт.</p>",
                "<p>Куплены ноутбук, переносной принтер и мобильный интернет. Приём ведётся по "
                "графику в помещениях школ и фельдшерско-акушерских пунктов.</p>",
                "<p>A laptop, portable printer and mobile internet were bought. Receptions are "
                "held on a set schedule in schools and health posts.</p>",
            ),
            "result": T(
                "<p>Алыскы айылдардын тургундары маалымкат үчүн жол кирени коротпой калышты. "
                "Кабыл алууда айыл өкмөтүнүн адиси тургундардын башка суроолорун да "
                "жазып алат.</p>",
                "<p>Жители дальних сёл больше не тратятся на дорогу ради справки. На приёме "
                "специалист айыл окмоту записывает и другие вопросы жителей.</p>",
                "<p>People in the outlying villages no longer pay for the journey just to get a "
                "certificate, and the officer also writes down their other questions.</p>",
            ),
            "operator_kind": "aiyl_okmotu",
            "operator_name": T(
                "{municipality} айыл өкмөтү",
                "Айыл окмоту {municipality}",
                "{municipality} aiyl okmotu",
            ),
            "tariff": False,
            "sustainability_note": T(
                "Адистин жол чыгымы жергиликтүү бюджетте каралды; көчмө кабыл алуунун "
                "графиги айыл өкмөтүнүн тактасында жана WhatsApp тобунда жарыяланат.",
                "Транспортные расходы специалиста предусмотрены в местном бюджете; график "
                "выездного приёма публикуется на доске айыл окмоту и в группе WhatsApp.",
                "The officer's travel costs are in the local budget; the reception schedule is "
                "posted on the aiyl okmotu notice board and in a WhatsApp group.",
            ),
            "monitoring_note": T(
                "Биргелешкен мониторинг жана баалоо тобу кабыл алуу журналын текшерип, ар "
                "чейректе канча маалымкат берилгенин тургундарга билдирет.",
                "Группа совместного мониторинга и оценки проверяет журнал приёма и "
                "ежеквартально сообщает жителям, сколько выдано справок.",
                "The joint monitoring and evaluation group checks the reception log and tells "
                "residents each quarter how many certificates were issued.",
            ),
            "quotes": [
                {
                    "text": T(
                        "Мурда пенсия үчүн маалымкат алыш үчүн бир күн жоготчумун. Азыр "
                        "фельдшердик пунктка барып эле алам.",
                        "Раньше за справкой для пенсии я терял целый день. Теперь получаю её "
                        "прямо в медпункте.",
                        "I used to lose a whole day getting a certificate for my pension. Now I "
                        "pick it up at the health post.",
                    ),
                    "role": T(
                        "{village} айылынын тургуну",
                        "житель села {village}",
                        "a resident of {village}",
                    ),
                },
            ],
            "beneficiaries": (500, 3000),
            "total_kgs": (150_000, 500_000),
            "groups": ["elderly", "people-with-disabilities"],
        },
    ],
}

IMAGE_CAPTIONS = {
    "drinking-water": T(
        "{village} айылындагы жаңы суу колонкасы",
        "Новая водоразборная колонка в селе {village}",
        "A new standpipe in {village}",
    ),
    "solid-waste": T(
        "{village} айылындагы контейнер аянтчасы",
        "Контейнерная площадка в селе {village}",
        "A bin site in {village}",
    ),
    "street-lighting": T(
        "{village} айылы кечинде: жаңы чырактар күйүп турат",
        "Вечер в селе {village}: горят новые фонари",
        "Evening in {village}: the new street lamps are on",
    ),
    "local-roads": T(
        "{village} айылынын шагыл төшөлгөн көчөсү",
        "Отсыпанная гравием улица в селе {village}",
        "A newly gravelled street in {village}",
    ),
    "preschool": T(
        "{village} айылынын балдар бакчасындагы сабак",
        "Занятие в детском саду села {village}",
        "A lesson at the kindergarten in {village}",
    ),
    "schools": T(
        "{village} айылынын мектебиндеги класс",
        "Класс в школе села {village}",
        "A classroom at the school in {village}",
    ),
    "culture-leisure": T(
        "{village} айылындагы майрамдык концерт",
        "Праздничный концерт в селе {village}",
        "A holiday concert in {village}",
    ),
    "sport": T(
        "{village} айылынын жаңы спорт аянтчасы",
        "Новая спортивная площадка в селе {village}",
        "The new sports ground in {village}",
    ),
    "public-spaces": T(
        "{village} айылынын борбордогу отургучтар жана гүлзарлар",
        "Скамейки и клумбы в центре села {village}",
        "Benches and flower beds in the centre of {village}",
    ),
    "school-transport": T(
        "Окуучулар {village} айылында мектеп автобусуна отурушууда",
        "Школьники садятся в автобус в селе {village}",
        "Pupils board the school bus in {village}",
    ),
    "childrens-clubs": T(
        "{village} айылындагы балдар ийриминин сабагы",
        "Занятие детского кружка в селе {village}",
        "A children's club session in {village}",
    ),
    "budget-transparency": T(
        "{village} айылындагы бюджеттик угуу",
        "Бюджетные слушания в селе {village}",
        "A budget hearing in {village}",
    ),
    "social-support": T(
        "{village} айылындагы коомдук имараттын пандусу",
        "Пандус у общественного здания в селе {village}",
        "A ramp at a public building in {village}",
    ),
    "cemeteries": T(
        "{village} айылынын көрүстөнүнүн жаңы тосмосу",
        "Новая ограда кладбища села {village}",
        "The new cemetery fence in {village}",
    ),
    "certificates-registration": T(
        "{village} айылынын тургундарын кабыл алуу",
        "Приём жителей села {village}",
        "Residents of {village} at the service desk",
    ),
}

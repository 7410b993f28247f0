"""What the reference CSVs do not carry: topic icons, colours and descriptions in three
languages, the vulnerable groups, and the regions' administrative centres in Kyrgyz and
Russian. Each text is a dict of language code -> text."""


def _t(ky, ru, en):
    return {"ky": ky, "ru": ru, "en": en}


# Topic slug -> (icon name in static/img/topics/, TopicColour value), in topics.csv order.
TOPIC_STYLE = {
    "drinking-water": ("water-tap", "water"),
    "solid-waste": ("waste-bin", "earth"),
    "street-lighting": ("street-lamp", "sun"),
    "local-roads": ("road", "stone"),
    "preschool": ("kindergarten", "plum"),
    "schools": ("school", "sky"),
    "culture-leisure": ("theatre", "felt"),
    "sport": ("ball", "steppe"),
    "public-spaces": ("bench", "steppe"),
    "school-transport": ("bus", "sky"),
    "childrens-clubs": ("palette", "plum"),
    "budget-transparency": ("budget", "stone"),
    "social-support": ("hands", "felt"),
    "cemeteries": ("tree", "earth"),
    "certificates-registration": ("certificate", "stone"),
}

TOPIC_DESCRIPTIONS = {
    "drinking-water": _t(
        "Ичүүчү суу менен камсыз кылуу: суу түтүктөрү, резервуарлар, кудуктар, үй-бүлөлүк "
        "эсептегичтер жана кызматты туруктуу кылган тариф.",
        "Обеспечение питьевой водой: водопроводы, резервуары, скважины, домовые счётчики и "
        "тариф, на котором держится услуга.",
        "Drinking water supply: pipelines, reservoirs, wells, household meters and the tariff "
        "that keeps the service running.",
    ),
    "solid-waste": _t(
        "Катуу тиричилик калдыктарын чогултуу жана ташып чыгаруу: таштанды ташуучу унаалар, "
        "тракторлор, контейнерлер жана чогултуу кызматы.",
        "Сбор и вывоз твёрдых бытовых отходов: мусоровозы, тракторы, контейнеры и служба сбора.",
        "Collection and removal of solid household waste: trucks, tractors, bins and the "
        "collection service.",
    ),
    "street-lighting": _t(
        "Көчөлөрдү жана коомдук жайларды жарыктандыруу.",
        "Освещение улиц и общественных мест.",
        "Lighting of streets and public areas.",
    ),
    "local-roads": _t(
        "Айылдын ички жолдорун кармоо жана оңдоо.",
        "Содержание и ремонт внутренних (сельских) дорог.",
        "Maintenance of internal (village) roads.",
    ),
    "preschool": _t(
        "Балдар бакчалары жана мектепке чейинки топтор, анын ичинде өзгөчө муктаждыктары бар "
        "балдар үчүн инклюзивдүү топтор.",
        "Детские сады и дошкольные группы, в том числе инклюзивные группы для детей с особыми "
        "потребностями.",
        "Kindergartens and pre-school groups, including inclusive groups for children with "
        "special needs.",
    ),
    "schools": _t(
        "Мектеп имараттары жана жабдуулары.",
        "Школьные здания и оборудование.",
        "School buildings and facilities.",
    ),
    "culture-leisure": _t(
        "Эс алуу, сейил бактар, маданият үйлөрү, китепканалар жана маданий иш-чаралар.",
        "Отдых, парки, дома культуры, библиотеки и культурные мероприятия.",
        "Recreation, parks, culture houses, libraries and cultural events.",
    ),
    "sport": _t(
        "Спорт аянтчалары, спорт залдары жана спорттук иш-чаралар.",
        "Спортивные площадки, залы и спортивные мероприятия.",
        "Sports grounds, halls and sports events.",
    ),
    "public-spaces": _t(
        "Көчөлөрдү жана коомдук жайларды көрктөндүрүү: отургучтар, урналар, аянттар.",
        "Благоустройство улиц и общественных пространств: скамейки, урны, площади.",
        "Improvement of streets and public spaces: benches, bins, squares.",
    ),
    "school-transport": _t(
        "Балдарды мектепке жана балдар бакчасына ташуу.",
        "Подвоз детей в школу и детский сад.",
        "Transport of children to school and kindergarten.",
    ),
    "childrens-clubs": _t(
        "Балдар үчүн ийримдер, студиялар жана сабактан тышкаркы иштер.",
        "Кружки, студии и занятия для детей.",
        "Clubs, studios and activities for children.",
    ),
    "budget-transparency": _t(
        "Тургундарга жергиликтүү бюджет жана жергиликтүү салыктар тууралуу маалымдоо; коомдук "
        "бюджеттик угуулар жана жарандык бюджет.",
        "Информирование жителей о местном бюджете и местных налогах; публичные бюджетные "
        "слушания и гражданский бюджет.",
        "Informing residents about the local budget and local taxes; public budget hearings "
        "and citizens' budgets.",
    ),
    "social-support": _t(
        "Аялуу топторду колдоо, мисалы, төлөй албаган үй-бүлөлөр үчүн тарифтерди субсидиялоо.",
        "Поддержка уязвимых групп, например субсидирование тарифов для тех, кто не может платить.",
        "Support for vulnerable groups, such as subsidised tariffs for those who cannot pay.",
    ),
    "cemeteries": _t(
        "Көрүстөндөрдү күтүү жана сөөк коюу кызматтары.",
        "Содержание кладбищ и ритуальные услуги.",
        "Upkeep of cemeteries and burial (ritual) services.",
    ),
    "certificates-registration": _t(
        "Маалымкаттарды жана көчүрмөлөрдү берүү (мисалы, чарба китебинен) жана каттоо.",
        "Выдача справок и выписок (например, из похозяйственной книги) и регистрация.",
        "Issuing certificates and extracts (e.g. from the household book) and registration.",
    ),
}

# slug, names; the sort order is the list order.
VULNERABLE_GROUPS = [
    ("women", _t("Аялдар", "Женщины", "Women")),
    ("youth", _t("Жаштар", "Молодёжь", "Young people")),
    ("children", _t("Балдар", "Дети", "Children")),
    (
        "people-with-disabilities",
        _t(
            "Ден соолугунун мүмкүнчүлүгү чектелген адамдар",
            "Люди с ограниченными возможностями здоровья",
            "People with disabilities",
        ),
    ),
    ("elderly", _t("Кары-картаңдар", "Пожилые люди", "Elderly people")),
    (
        "low-income-families",
        _t("Аз камсыз болгон үй-бүлөлөр", "Малообеспеченные семьи", "Low-income families"),
    ),
]

# Region slug -> administrative centre; regions.csv gives it in English only, and the two
# cities of republican significance have none.
REGION_CENTRES = {
    "batken": _t("Баткен", "Баткен", "Batken"),
    "chuy": _t("Бишкек", "Бишкек", "Bishkek"),
    "jalal-abad": _t("Жалал-Абад", "Джалал-Абад", "Jalal-Abad"),
    "naryn": _t("Нарын", "Нарын", "Naryn"),
    "osh": _t("Ош", "Ош", "Osh"),
    "talas": _t("Талас", "Талас", "Talas"),
    "issyk-kul": _t("Каракол", "Каракол", "Karakol"),
}

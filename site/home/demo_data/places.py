"""What the municipalities CSV does not say in three languages: Russian official names,
the villages the sources name, and the reform notes."""

import datetime

from . import T

# The Russian adjective of each pre-reform aiyl aimak, as in the COATE seed file (DOMAIN.md
# §2.5): "Бостеринский айылный аймак".
RU_ADJECTIVES = {
    "ak-chiy": "Ак-Чийский",
    "lipenka": "Липенский",
    "kyzyl-suu": "Кызыл-Сууский",
    "bosteri": "Бостеринский",
    "ak-terek": "Ак-Терекский",
    "ulakol": "Улаколский",
    "tort-kul": "Терт-Кульский",
    "kadzhi-sai": "Каджи-Сайский",
    "taldy-suu": "Талды-Сууский",
    "zhany-zhol": "Джаны-Джольский",
    "avletim": "Авлетимский",
    "beshik-jon": "Бешик-Жонский",
    "masy": "Массынский",
    "sakaldy": "Сакалдинский",
    "kurmanbek": "Курманбекский",
    "bagysh": "Багышский",
    "barpy": "Барпынский",
    "lenin": "Ленинский",
    "suzak": "Сузакский",
    "kargalyk": "Каргалыкский",
    "bel-aldy": "Бель-Алдынский",
    "baetov": "Баетовский",
    "kochkor": "Кочкорский",
    "jergetal": "Джергеталский",
    "orozbekov": "Орозбековский",
    "kara-bak": "Кара-Бакский",
    "leilek": "Лейлекский",
    "mady": "Мадынский",
    "gulcha": "Гульчинский",
    "kyrgyz-ata": "Кыргыз-Атинский",
    "allya-anarov": "Алля Анаровский",
    "sheker": "Шекерский",
    "pokrovka": "Покровский",
    "aidaraliev": "Айдаралиевский",
    "ivanovka": "Ивановский",
    "boroldoy": "Боролдойский",
    "kyzyl-oktyabr": "Кызыл-Октябрьский",
    "aleksandrovka": "Александровский",
    "lebedinovka": "Лебединовский",
    "voznesenovka": "Вознесеновский",
}

# Villages named in the sources (stories-real.csv and the municipalities' notes), one
# list per language; other municipalities leave the field empty rather than guess.
VILLAGES = {
    "zhany-zhol": T(["Таштак", "Жаңы-Жол"], ["Таштак", "Джаны-Джол"], ["Tashtak", "Zhany-Zhol"]),
    "kurmanbek": T(
        ["Таран-Базар", "Жоон-Күнгөй"],
        ["Таран-Базар", "Джоон-Кунгой"],
        ["Taran-Bazar", "Joon-Kungoi"],
    ),
    "bagysh": T(
        ["Октябрьское", "Кедей-Арык"],
        ["Октябрьское", "Кедей-Арык"],
        ["Oktyabrskoye", "Kedey-Aryk"],
    ),
    "ak-chiy": T(["Качыбек"], ["Качыбек"], ["Kachybek"]),
    "aleksandrovka": T(["Беш-Корук"], ["Беш-Корук"], ["Besh-Koruk"]),
    "taldy-suu": T(["Талды-Суу"], ["Талды-Суу"], ["Taldy-Suu"]),
    "allya-anarov": T(["Араван"], ["Араван"], ["Aravan"]),
}

# The end of 2024, when the reform's mergers had been made; the sources give no exact day.
REFORM_END = datetime.date(2024, 12, 31)

# slug -> (valid_until or None, reform note). Only what municipalities.csv's notes say.
REFORM = {
    "lipenka": (
        REFORM_END,
        T(
            "2024-жылкы реформада Жети-Өгүз жана Ырдык айыл аймактары менен бириктирилип, "
            "Жети-Өгүз айыл аймагы түзүлгөн (open.kg). Так күнү булактарда жок; жылдын аягы "
            "көрсөтүлдү.",
            "В ходе реформы 2024 года объединён с Жети-Огузским и Ырдыкским айылными "
            "аймаками в Жети-Огузский айылный аймак (open.kg). Точная дата в источниках не "
            "указана; указан конец года.",
            "Merged in the 2024 reform with Jeti-Oguz and Yrdyk into Jeti-Oguz aiyl aimak "
            "(open.kg). The sources give no exact date; the end of the year is shown.",
        ),
    ),
    "kyzyl-suu": (
        REFORM_END,
        T(
            "2024-жылкы реформада Саруу айыл аймагы менен бириктирилип, ирилештирилген "
            "Кызыл-Суу айыл аймагы түзүлгөн (open.kg). Так күнү булактарда жок; жылдын аягы "
            "көрсөтүлдү.",
            "В ходе реформы 2024 года объединён с Сарууским айылным аймаком в укрупнённый "
            "Кызыл-Сууский айылный аймак (open.kg). Точная дата в источниках не указана; "
            "указан конец года.",
            "Merged in the 2024 reform with Saruu into an enlarged Kyzyl-Suu aiyl aimak "
            "(open.kg). The sources give no exact date; the end of the year is shown.",
        ),
    ),
    "voznesenovka": (
        REFORM_END,
        T(
            "2024-жылкы реформадан кийин жаңы Орто-Кайыңды айыл аймагынын курамына кирген "
            "(реформадан кийин 11 875 тургун; open.kg). Так күнү булактарда жок; жылдын аягы "
            "көрсөтүлдү.",
            "После реформы 2024 года вошёл в новый айылный аймак Орто-Каинды (11 875 жителей "
            "после реформы; open.kg). Точная дата в источниках не указана; указан конец года.",
            "After the 2024 reform part of the new Orto-Kaiyndy aiyl aimak (11,875 people "
            "after the reform; open.kg). The sources give no exact date; the end of the year "
            "is shown.",
        ),
    ),
    "jergetal": (
        None,
        T(
            "2024-жылдын декабрындагы мыйзам менен Эсеналы Дайракунов айыл аймагы болуп "
            "аталды (news.com.kg).",
            "Законом от декабря 2024 года переименован в айылный аймак Эсеналы Дайракунов "
            "(news.com.kg).",
            "Renamed Esenaly Dairakunov aiyl aimak by a law of December 2024 (news.com.kg).",
        ),
    ),
    "gulcha": (
        None,
        T(
            "2025-жылдын октябрында кол коюлган мыйзам менен Гүлчө райондук маанидеги шаар "
            "болду (azattyk.org).",
            "Законом, подписанным в октябре 2025 года, Гульча получила статус города районного "
            "значения (azattyk.org).",
            "Gulcha was made a town of district significance by a law signed in October 2025 "
            "(azattyk.org).",
        ),
    ),
    "ak-terek": (
        None,
        T(
            "Реформадан кийин айыл аймагында 9 айыл бар (АРИСтин жаңылыгы).",
            "После реформы в айылный аймак входят 9 сёл (новости АРИС).",
            "After the reform the aiyl aimak has 9 villages (ARIS news).",
        ),
    ),
}

HEAD_TITLES = {
    "aiyl_aimak": T("Айыл өкмөтүнүн башчысы", "Глава айыл окмоту", "Head of the aiyl okmotu"),
    "city": T("Шаардын мэри", "Мэр города", "Mayor"),
}

# Where a municipality's services are delivered, by kind.
OFFICE = {
    "aiyl_aimak": T("айыл өкмөтүнүн имараты", "здание айыл окмоту", "the aiyl okmotu building"),
    "city": T("шаардын мэриясы", "мэрия города", "the town hall"),
}

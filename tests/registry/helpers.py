"""Builders shared by the registry and municipality tests: the base list in three
languages, a register with services under a municipality."""

from types import SimpleNamespace

from tests import factories as f

CATEGORY_NAMES = {"ru": "Коммунальные услуги", "en": "Utilities"}
BASE_NAMES = {
    "2.1": {
        "ky": "Ичүүчү суу менен камсыз кылуу",
        "ru": "Обеспечение питьевой водой",
        "en": "Drinking water supply",
    },
    "2.2": {
        "ky": "Катуу тиричилик калдыктарын чыгаруу",
        "ru": "Вывоз твёрдых бытовых отходов",
        "en": "Solid waste collection",
    },
}


def base_list():
    """One category with two base services, in ky, ru and en."""
    category = f.BaseServiceCategoryFactory(code="2", name="Коммуналдык кызматтар")
    services = {
        code: f.BaseServiceFactory(code=code, name=names["ky"], category=category)
        for code, names in BASE_NAMES.items()
    }
    for language, category_name in CATEGORY_NAMES.items():
        translated_category = f.translate_snippet(category, language, name=category_name)
        for code, base_service in services.items():
            f.translate_snippet(
                base_service,
                language,
                name=BASE_NAMES[code][language],
                category=translated_category,
            )
    return SimpleNamespace(category=category, water=services["2.1"], waste=services["2.2"])


def register_for(municipality, *, languages=("ru", "en"), **values):
    """A published register under `municipality`, translated into `languages`."""
    register = f.ServiceRegisterPageFactory(parent=municipality, **values)
    titles = {"ru": "Реестр муниципальных услуг", "en": "Register of municipal services"}
    for language in languages:
        f.translate(register, language, title=titles[language])
    return register


def service_in(register, *, languages=("ru", "en"), groups=(), **values):
    """A published service in `register`, translated into `languages`."""
    service = f.ServicePageFactory(parent=register, **values)
    if groups:
        service.initiating_groups.set(groups)
        service.save()
    for language in languages:
        f.translate(service, language, title=f"{service.title} ({language})")
    return service

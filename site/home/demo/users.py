"""The demo users of every role, with their Wagtail profiles and groups."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from municipalities.services import CENTRAL_EDITORS, municipality_group_names

ADMIN_PASSWORD = "ashar-admin"  # noqa: S105 - a public demo login, printed by the command
DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105 - a public demo login, printed by the command
# The municipalities whose editors and approvers get a login.
DEMO_MUNICIPALITIES = ("bosteri", "kurmanbek")


def demo_logins(municipalities):
    """(username, password, role, groups, superuser, admin language) of every demo user;
    `municipalities` maps a slug to the municipality's pages by language code."""
    logins = [
        ("admin", ADMIN_PASSWORD, "superuser", [], True, "en"),
        (
            "central",
            DEMO_PASSWORD,
            "central editor: reviews, publishes and translates anywhere",
            [CENTRAL_EDITORS],
            False,
            "ru",
        ),
    ]
    for slug in DEMO_MUNICIPALITIES:
        title = municipalities[slug]["ky"].title
        editors, approvers = municipality_group_names(title)
        logins += [
            (
                f"{slug}-editor",
                DEMO_PASSWORD,
                f"municipal editor of {title}: edits only its pages, cannot publish",
                [editors],
                False,
                "ru",
            ),
            (
                f"{slug}-approver",
                DEMO_PASSWORD,
                f"municipal approver of {title}: signs off only {title}'s pages, "
                "before central review",
                [approvers],
                False,
                "ru",
            ),
        ]
    return logins


def users_ensure(municipalities):
    """Create the demo users that are missing (an existing user keeps its password) and
    put every one in its groups. Returns (logins for printing, users created)."""
    user_model = get_user_model()
    logins = demo_logins(municipalities)
    created = 0
    for username, password, _role, groups, superuser, language in logins:
        user = user_model.objects.filter(username=username).first()
        if user is None:
            user = user_model(
                username=username,
                email=f"{username}@example.org",
                is_staff=superuser,
                is_superuser=superuser,
            )
            user.set_password(password)
            user.save()
            created += 1
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
        user.groups.add(*Group.objects.filter(name__in=groups))
    return [(username, password, role) for username, password, role, *_rest in logins], created


def demo_usernames():
    return ["admin", "central"] + [
        f"{slug}-{role}" for slug in DEMO_MUNICIPALITIES for role in ("editor", "approver")
    ]

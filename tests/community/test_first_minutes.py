"""A newcomer's first five minutes (issue 16): confirming the address logs them in and lands
on "get started"; no user name shows; the password rules speak their language; the editor's
slugs are the site's; visitors to the discussions and materials see what is there.
"""

import json
import re
import time

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from bs4 import BeautifulSoup

from community.discussions.models import Follow, Post
from community.members.standing import profile_for
from community.moderation.models import Status
from core.text import ascii_slug, slug_input_formatters
from tests.community import discussions_support
from tests.community.conftest import PASSWORD, make_member
from tests.community.discussions_support import make_category, make_thread
from tests.community.materials_support import material
from tests.factories.cms import HomePageFactory

pytestmark = pytest.mark.django_db
category = discussions_support.category

GOOD_PASSWORD = "quiet-river-lantern-42"


def signup_data(**overrides):
    return {
        "email": "nova@example.org",
        "display_name": "Нова Колежка",
        "profession": "psychologist",
        "password1": GOOD_PASSWORD,
        "password2": GOOD_PASSWORD,
        "accept_terms": "on",
        **overrides,
    }


def confirmation_path(message):
    return re.search(r"https?://testserver(/\S+)", message.body).group(1)


def logged_in_as(client):
    return client.session.get("_auth_user_id")


def en(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def text_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.get_text(" ").split())


# 1. Confirming the address logs the member in, onto "get started" --------------------------


@pytest.mark.parametrize("language", ["bg", "en", "ro"])
def test_confirming_in_the_browser_that_signed_up_logs_in_and_lands_on_get_started(
    client, language
):
    client.post(f"/{language}/accounts/signup/", signup_data())
    assert not logged_in_as(client)
    path = confirmation_path(mail.outbox[0])
    assert client.get(path).status_code == 200

    response = client.post(path)

    user = get_user_model().objects.get(email="nova@example.org")
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/members/welcome/"
    assert logged_in_as(client) == str(user.pk)
    assert EmailAddress.objects.get(user=user).verified
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Нова Колежка" in page.content.decode()


def test_a_link_opened_in_another_browser_confirms_then_asks_for_the_password():
    Client().post("/en/accounts/signup/", signup_data())
    path = confirmation_path(mail.outbox[0])
    elsewhere = Client()

    response = elsewhere.post(path)

    assert EmailAddress.objects.get(email="nova@example.org").verified
    assert not logged_in_as(elsewhere)
    assert response["Location"].startswith("/en/accounts/login/")
    # The first login still lands on "get started"; later ones on the profile, as before.
    response = elsewhere.post(
        "/en/accounts/login/", {"login": "nova@example.org", "password": GOOD_PASSWORD}
    )
    assert response["Location"] == "/en/members/welcome/"
    later = Client()
    response = later.post(
        "/en/accounts/login/", {"login": "nova@example.org", "password": GOOD_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/members/me/"


def test_a_confirmation_link_alone_logs_no_one_in():
    """The link is in an email: only the session that typed the password is logged in."""
    Client().post("/en/accounts/signup/", signup_data())
    path = confirmation_path(mail.outbox[0])
    stranger = Client()
    stranger.get("/en/")
    stranger.post(path)
    assert not logged_in_as(stranger)
    assert stranger.get("/en/members/welcome/").status_code == 302


def totp_code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_confirming_does_not_skip_the_authenticator_code():
    """An account with an app whose address is unverified: the login sends a link; opening
    it in that browser leads to the code, not into the account."""
    user = make_member("guarded")
    EmailAddress.objects.filter(user=user).update(verified=False)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    client = Client()
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert not logged_in_as(client)
    path = confirmation_path(mail.outbox[-1])

    response = client.post(path)

    assert EmailAddress.objects.get(user=user).verified
    assert response.status_code == 302
    assert "/accounts/2fa/authenticate/" in response["Location"]
    assert not logged_in_as(client)
    assert client.get("/en/members/welcome/").status_code == 302
    response = client.post(response["Location"], {"code": totp_code(secret)})
    assert logged_in_as(client) == str(user.pk)


def test_a_locked_out_account_is_not_logged_in_by_its_confirmation_link(settings):
    user = make_member("locked")
    EmailAddress.objects.filter(user=user).update(verified=False)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        Client(REMOTE_ADDR="10.0.0.7").post(
            "/en/accounts/login/", {"login": user.email, "password": "wrong-password-1"}
        )
    client = Client(REMOTE_ADDR="10.0.0.7")
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 429
    # A confirmation link, opened in the locked-out browser: no login was let through here.
    key = EmailConfirmationHMAC(EmailAddress.objects.get(user=user)).key
    client.post(f"/en/accounts/confirm-email/{key}/")
    assert EmailAddress.objects.get(user=user).verified
    assert not logged_in_as(client)


# The "get started" page ----------------------------------------------------------------------


def test_get_started_is_for_members_only(client_for):
    response = client_for("anonymous").get("/en/members/welcome/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/members/welcome/"


def step_states(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        item.find("h3").get_text(strip=True): "get-started__step--done" in item["class"]
        for item in soup.select(".get-started__step")
    }


def test_each_step_is_done_from_what_the_member_really_did(community_users, client_for, category):
    user = community_users["new_member"]
    client = client_for("new_member")
    assert step_states(client.get("/en/members/welcome/")) == {
        "Complete your profile": False,
        "Follow topics": False,
        "Share a material": False,
        "Introduce yourself": False,
    }
    response = client.get("/en/members/welcome/")
    assert "0 of 4 steps done" in text_of(response)
    assert "0 of 5 details given" in text_of(response)

    profile = profile_for(user)
    profile.profession, profile.organisation, profile.country = "psychologist", "SACP", "BG"
    profile.languages, profile.bio = ["bg"], "I work with families."
    profile.save()
    Follow.objects.create(user=user, category_key=category["en"].translation_key)
    material(user, status=Status.PENDING)  # waiting for a moderator still counts
    make_thread(user, category["en"], title="Hello from Vidin")

    response = client.get("/en/members/welcome/")
    assert set(step_states(response).values()) == {True}
    assert "4 of 4 steps done" in text_of(response)
    assert "Edit your profile" in text_of(response)


def test_a_removed_material_and_a_followed_thread_are_not_steps_done(
    community_users, client_for, category
):
    user = community_users["new_member"]
    material(user, status=Status.REMOVED)
    thread = make_thread(community_users["member"], category["en"])
    Follow.objects.create(user=user, thread=thread)
    Post.objects.create(thread=thread, author=user, body="A reply is not an introduction")
    states = step_states(client_for("new_member").get("/en/members/welcome/"))
    assert not states["Share a material"]
    assert not states["Follow topics"]
    assert not states["Introduce yourself"]


@pytest.mark.translations
def test_get_started_is_translated_and_links_each_step(client_for):
    response = client_for("new_member").get("/bg/members/welcome/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    links = [a["href"] for a in soup.select(".get-started__action a")]
    assert links == [
        "/bg/members/me/edit/",
        "/bg/discussions/",
        "/bg/materials/new/",
        "/bg/discussions/new/",
    ]
    titles = [h.get_text(strip=True) for h in soup.select(".get-started__step-title")]
    assert titles == [
        "Попълнете профила си",
        "Следете теми",
        "Споделете материал",
        "Представете се",
    ]
    assert "Добре дошли в Практика" in soup.find("h1").get_text()


def test_the_account_menu_offers_get_started_to_new_members_only(client_for):
    assert "/en/members/welcome/" in client_for("new_member").get("/en/materials/").content.decode()
    assert "/en/members/welcome/" not in client_for("member").get("/en/materials/").content.decode()


def test_get_started_costs_a_few_queries(client_for, django_assert_max_num_queries):
    client = client_for("new_member")
    client.get("/en/members/welcome/")
    with django_assert_max_num_queries(14):
        client.get("/en/members/welcome/")


# 2. No user name, anywhere a person looks ----------------------------------------------------


def test_the_login_asks_for_the_email_address():
    response = Client().get("/en/accounts/login/")
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.find("input", attrs={"name": "login"})
    assert field["type"] == "email"
    label = soup.find("label", attrs={"for": field["id"]}).get_text(" ", strip=True)
    assert label.startswith("Email address")
    assert "Username" not in text_of(response) and "user name" not in text_of(response)


def test_a_user_name_does_not_log_in(client):
    user = make_member("petar")
    response = client.post("/en/accounts/login/", {"login": user.username, "password": PASSWORD})
    assert response.status_code == 200
    assert not logged_in_as(client)


def test_the_made_up_user_name_appears_on_no_page_or_email(community_users, category, client_for):
    member = make_member("zq_made_up_name", display_name="Видимо Име", bio="Working in Ruse.")
    # The site makes the user name from the address; here they differ, to tell them apart.
    member.email = "vidimo.ime@example.org"
    member.save()
    EmailAddress.objects.filter(user=member).update(email=member.email)
    profile_for(member).public_fields = ["bio"]
    profile_for(member).save()
    thread = make_thread(member, category["en"], title="A question from Ruse")
    shared = material(member, title="Visible checklist", public=True)
    reader = client_for("member")
    own = Client()
    own.force_login(member, backend="django.contrib.auth.backends.ModelBackend")
    pages = [
        reader.get(en("members:list")),
        reader.get(en("members:profile", member.pk)),
        Client().get(en("members:profile", member.pk)),
        reader.get(thread.get_absolute_url()),
        reader.get(shared.get_absolute_url()),
        Client().get(en("materials:list")),
        own.get(en("members:welcome")),
        own.get(en("members:edit")),
        own.get(en("account_email")),
    ]
    for response in pages:
        assert response.status_code == 200, response.request["PATH_INFO"]
        content = response.content.decode()
        assert "zq_made_up_name" not in content, response.request["PATH_INFO"]
    assert "Видимо Име" in pages[0].content.decode()

    mail.outbox.clear()
    Client().post("/en/accounts/password/reset/", {"email": member.email})
    assert mail.outbox and "zq_made_up_name" not in mail.outbox[0].body


def test_an_account_without_a_chosen_name_is_not_shown_by_its_user_name():
    editor = get_user_model().objects.create_user("jdoe42", "jd@example.org", first_name="Jane")
    editor.last_name = "Doe"
    editor.save()
    assert profile_for(editor).name == "Jane Doe"
    nameless = get_user_model().objects.create_user("x7_admin", "x7@example.org")
    with translation.override("bg"):
        assert profile_for(nameless).name == "Член"


# 3. The password rules speak the member's language ------------------------------------------

PASSWORD_MESSAGES = {
    # password: {language: message}
    "x7k2m9q4z": {
        "bg": "Паролата е твърде къса. Трябва да съдържа поне 10 знака.",
        "ro": "Parola este prea scurtă. Trebuie să conțină cel puțin 10 caractere.",
    },
    "password123": {
        "bg": "Тази парола е често срещана.",
        "ro": "Această parolă este prea răspândită.",
    },
    "3141592653589": {
        "bg": "Паролата е само от цифри.",
        "ro": "Această parolă este formată numai din cifre.",
    },
    "nova@example.org!": {
        "bg": "Паролата прилича твърде много на имейл адреса или на името ви.",
        "ro": "Parola seamănă prea mult cu adresa de e-mail sau cu numele dumneavoastră.",
    },
}


@pytest.mark.translations
@pytest.mark.parametrize("language", ["bg", "ro"])
@pytest.mark.parametrize("password", sorted(PASSWORD_MESSAGES))
def test_a_refused_password_is_explained_in_the_page_language(client, language, password):
    response = client.post(
        f"/{language}/accounts/signup/", signup_data(password1=password, password2=password)
    )
    assert response.status_code == 200
    errors = [str(message) for message in response.context["form"].errors["password1"]]
    assert PASSWORD_MESSAGES[password][language] in errors
    assert PASSWORD_MESSAGES[password][language] in response.content.decode()
    assert not get_user_model().objects.filter(email="nova@example.org").exists()


@pytest.mark.translations
@pytest.mark.parametrize(
    "language, message",
    [
        ("bg", "Двата пъти трябва да въведете една и съща парола."),
        ("ro", "Trebuie să introduceți aceeași parolă de ambele dăți."),
    ],
)
def test_two_different_passwords_are_explained_in_the_page_language(client, language, message):
    response = client.post(
        f"/{language}/accounts/signup/", signup_data(password2="another-password-77")
    )
    assert message in response.content.decode()


@pytest.mark.translations
def test_the_password_rules_on_the_new_password_form_are_in_romanian_with_diacritics():
    from django.contrib.auth.password_validation import password_validators_help_texts

    with translation.override("ro"):
        texts = password_validators_help_texts()
    assert (
        "Parola nu poate semăna prea mult cu celelalte date personale ale dumneavoastră." in texts
    )
    assert "Parola nu poate fi formată numai din cifre." in texts


# 4. Slugs from Bulgarian titles: the site's transliteration in the editor too ----------------

BULGARIAN_TITLES = [
    "Социално включване на деца с увреждания",
    "Щастливо детство: приемна грижа в Югоизточна България",
    "Център за обществена подкрепа – Видин",
    "Жилищна подкрепа и работа с ромски общности",
    "Йордан и Цветелина: история за осиновяване",
    "България и Румъния — общи стандарти",
]


def wagtail_urlify(title, formatters):
    """What Wagtail's slug field does with a title (its `w-slug#urlify`), given formatters.

    The formatters run first; Wagtail's own maps then have nothing left to transliterate,
    and it lower-cases, drops what is neither a word character, a hyphen nor a space, joins
    runs of hyphens and spaces with one hyphen, cuts at 255 and strips trailing hyphens.
    """
    value = title.strip()
    for (pattern, flags), replacement in formatters:
        assert "g" in flags
        value = re.sub(pattern, replacement, value)
    value = value.lower()
    value = re.sub(r"[^-\w\s]", "", value, flags=re.ASCII)
    value = re.sub(r"[-\s]+", "-", value)[:255]
    return value.rstrip("-")


@pytest.fixture
def bulgarian_home(locales):
    return HomePageFactory(locale=locales["bg"], slug="nachalo-test")


def slug_formatters_in_the_editor(admin_client, parent):
    response = admin_client.get(f"/admin/pages/add/cms/standardpage/{parent.pk}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    slug = soup.find("input", attrs={"name": "slug"})
    assert slug["data-controller"] == "w-slug"
    return json.loads(slug["data-w-slug-formatters-value"])


@pytest.mark.parametrize("title", BULGARIAN_TITLES)
def test_the_editor_makes_the_sites_own_slug_from_a_bulgarian_title(
    admin_client, bulgarian_home, title
):
    formatters = slug_formatters_in_the_editor(admin_client, bulgarian_home)
    assert wagtail_urlify(title, formatters) == ascii_slug(title)


def test_without_the_formatters_wagtail_would_transliterate_otherwise():
    """Wagtail's own map (Russian) for the letters where the site differs: the test can fail."""
    wagtail_russian = {"ц": "c", "х": "x", "й": "j", "щ": "shh"}
    site = dict(
        (letter, replacement)
        for pattern, replacement in slug_input_formatters()
        for letter in pattern.strip("[]")
    )
    for letter, theirs in wagtail_russian.items():
        assert site[letter] != theirs
    assert ascii_slug("Социално") == "sotsialno"


def test_latin_and_romanian_titles_keep_their_slugs(admin_client, bulgarian_home):
    formatters = slug_formatters_in_the_editor(admin_client, bulgarian_home)
    assert wagtail_urlify("Child protection in 2026", formatters) == "child-protection-in-2026"
    # Romanian letters are left to Wagtail's Romanian map (ș → s), as anyascii does.
    assert not any(re.search(pattern, "șțăîâ") for (pattern, _flags), _ in formatters)


# 5. What a visitor sees of the discussions and materials -------------------------------------


@pytest.fixture
def discussions(community_users, locales):
    made = make_category(locales)
    other = make_category(
        locales,
        names={"bg": "Приемна грижа", "en": "Foster care", "ro": "Asistență maternală"},
        slugs={"bg": "priemna", "en": "foster-care", "ro": "asistenta"},
        sort_order=1,
    )
    author = make_member("author", display_name="Автор Авторов")
    visible = make_thread(author, made["en"], title="Secret case of the Petrov family", body="x")
    Post.objects.create(thread=visible, author=author, body="Details nobody outside may read")
    visible.refresh_counters()
    hidden = make_thread(author, made["en"], title="Hidden thread", body="y")
    hidden.status = Status.HIDDEN
    hidden.save()
    return {"category": made, "other": other, "thread": visible}


def assert_private(response):
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_a_visitor_sees_the_categories_and_their_numbers_not_what_members_wrote(
    client, discussions
):
    response = client.get("/en/discussions/")
    assert response.status_code == 200
    assert_private(response)
    text = text_of(response)
    soup = BeautifulSoup(response.content, "html.parser")
    topics = {
        item.select_one(".teaser__topic-title").get_text(strip=True): " ".join(
            item.select_one(".teaser__topic-meta").get_text(" ").split()
        )
        for item in soup.select(".teaser__topic")
    }
    assert list(topics) == ["Child protection", "Foster care"]
    # The hidden thread is not counted; the visible one has its opening post and a reply.
    assert topics["Child protection"].startswith("1 thread · 2 posts · latest post")
    assert topics["Foster care"] == "0 threads · 0 posts"
    for secret in ("Petrov", "Details nobody", "Hidden thread", "Автор Авторов"):
        assert secret not in response.content.decode()
    assert "Join Praktika" in text
    assert soup.select_one(".join-actions a[href='/en/accounts/signup/']")
    assert soup.select_one(".join-actions a[href='/en/accounts/login/?next=/en/discussions/']")


def test_a_visitor_to_a_category_sees_its_teaser_in_the_category_language(client, discussions):
    response = client.get("/bg/discussions/zakrila/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == "Закрила на детето"
    assert soup.select_one(".teaser__topic--current a")["aria-current"] == "page"
    assert "Petrov" not in response.content.decode()
    # Another language's slug leads to the translation; an unknown one is not found.
    assert client.get("/bg/discussions/child-protection/")["Location"] == "/bg/discussions/zakrila/"
    assert client.get("/bg/discussions/no-such-category/").status_code == 404


def test_members_still_get_the_discussions_themselves(client_for, discussions):
    response = client_for("member").get("/en/discussions/")
    assert "Secret case of the Petrov family" in response.content.decode()
    assert "teaser__topic" not in response.content.decode()
    # A thread and the other members-only doors still ask a visitor to log in.
    for url in (discussions["thread"].get_absolute_url(), "/en/discussions/new/"):
        anonymous = Client().get(url)
        assert anonymous.status_code == 302
        assert anonymous["Location"].startswith("/en/accounts/login/?next=")


def test_a_visitor_sees_what_members_share_and_only_the_public_materials(client, community_users):
    author = community_users["member"]
    material(author, title="Open checklist", public=True, topic="foster_care")
    material(author, title="Members-only assessment form", topic="child_protection")
    material(author, title="Second members-only form", topic="child_protection")
    material(author, title="Pending form", topic="youth", status=Status.PENDING)

    response = client.get("/en/materials/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Open checklist" in content
    for secret in ("Members-only assessment form", "Second members-only form", "Pending form"):
        assert secret not in content
    soup = BeautifulSoup(response.content, "html.parser")
    figures = [" ".join(li.get_text(" ").split()) for li in soup.select(".teaser__figures li")]
    assert figures == ["3 materials shared", "2 for members only", "2 topics"]
    topics = {
        item.select_one(".teaser__topic-title").get_text(strip=True): " ".join(
            item.select_one(".teaser__topic-meta").get_text(" ").split()
        )
        for item in soup.select(".teaser__topic")
    }
    assert topics == {
        "Child protection": "2 materials · 2 for members only",
        "Foster care": "1 material",
    }
    assert soup.select_one(".join-actions a[href='/en/accounts/signup/']")


def test_members_get_the_materials_list_without_the_teaser(client_for, community_users):
    material(community_users["member"], title="Members-only assessment form")
    response = client_for("member").get("/en/materials/")
    assert "Members-only assessment form" in response.content.decode()
    assert "join-actions" not in response.content.decode()


def test_the_admin_account_logs_in_with_its_address_in_any_case(monkeypatch):
    from io import StringIO

    from django.core.management import call_command

    monkeypatch.setenv("ADMIN_EMAIL", "Redaktor@Example.org")
    monkeypatch.setenv("ADMIN_PASSWORD", "a-long-admin-password")
    monkeypatch.delenv("ADMIN_USERNAME", raising=False)
    out = StringIO()
    call_command("ensure_admin", stdout=out, stderr=StringIO())
    assert "Email      redaktor@example.org" in out.getvalue()
    client = Client()
    client.post(
        "/en/accounts/login/",
        {"login": "REDAKTOR@example.org", "password": "a-long-admin-password"},
    )
    assert logged_in_as(client)

"""The contact form: a real message is stored and mailed, robots are turned away politely."""

import time
from unittest import mock

from django.core import mail, signing
from django.utils import translation
from django.utils.translation import gettext

from wagtail.contrib.forms.models import FormSubmission

import pytest
from bs4 import BeautifulSoup

from cms.forms import HONEYPOT_FIELD, MAX_AGE_SECONDS, MIN_SECONDS_TO_FILL, TIMESTAMP_FIELD
from tests.factories import ContactFormFieldFactory, ContactPageFactory
from tests.site_tree import make_home_site

pytestmark = pytest.mark.django_db

SPAM_MESSAGE = "Your message looks automated and was not sent."
FAST_MESSAGE = "That was very fast. Please check your message and send it again."
EXPIRED_MESSAGE = "This form has expired. Please check your message and send it again."


def signed_start(seconds_ago):
    """The form's start time as the form signs it, `seconds_ago` seconds ago."""
    return signing.dumps(time.time() - seconds_ago, salt="contact-form")


@pytest.fixture
def contact_page():
    home, _site = make_home_site()
    page = ContactPageFactory(parent=home, to_address="team@praktika.test")
    for label, field_type in (
        ("Име", "singleline"),
        ("Имейл", "email"),
        ("Съобщение", "multiline"),
    ):
        ContactFormFieldFactory(page=page, label=label, field_type=field_type)
    return page


@pytest.fixture
def names(contact_page):
    """The form's field names (the labels' clean names): name, email, message."""
    return [field.clean_name for field in contact_page.form_fields.order_by("sort_order")]


@pytest.fixture
def message(names):
    name, email, body = names
    return {
        name: "Мария Петрова",
        email: "maria.petrova@example.org",
        body: "Кога е следващото обучение по метода „Генограма“ в Стара Загора?",
        HONEYPOT_FIELD: "",
        TIMESTAMP_FIELD: signed_start(MIN_SECONDS_TO_FILL + 7),
    }


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def form_errors(response):
    """The errors shown for the whole form, as the reader sees them."""
    form = response.context["form"]
    return [str(error) for error in form.non_field_errors()]


def assert_typed_values_kept(response, names, message):
    name, email, body = names
    page = soup(response)
    assert page.find("input", attrs={"name": name})["value"] == message[name]
    assert page.find("input", attrs={"name": email})["value"] == message[email]
    assert page.find("textarea", attrs={"name": body}).get_text().strip() == message[body]


class TestValidMessage:
    def test_is_stored_without_the_trap_fields_and_mailed(
        self, client, contact_page, names, message
    ):
        response = client.post(contact_page.url, message)

        assert response.status_code == 200
        assert response.templates[0].name.endswith("_landing.html")
        submission = FormSubmission.objects.get(page=contact_page)
        assert set(submission.form_data) == set(names)
        assert HONEYPOT_FIELD not in submission.form_data
        assert TIMESTAMP_FIELD not in submission.form_data
        assert submission.form_data[names[2]] == message[names[2]]

        assert len(mail.outbox) == 1
        email = mail.outbox[0]
        assert email.to == ["team@praktika.test"]
        assert email.subject == contact_page.subject
        assert message[names[2]] in email.body
        assert message[names[1]] in email.body
        assert TIMESTAMP_FIELD not in email.body
        assert HONEYPOT_FIELD not in email.body

    def test_is_mailed_by_the_task_worker(self, client, contact_page, message, task_queue):
        client.post(contact_page.url, message)
        assert mail.outbox == []
        assert len(task_queue.results("core.tasks.send_email_task")) == 1

        task_queue.run()
        assert [email.to for email in mail.outbox] == [["team@praktika.test"]]
        assert mail.outbox[0].extra_headers["Auto-Submitted"] == "auto-generated"

    def test_the_thank_you_text_is_shown(self, client, contact_page, message):
        response = client.post(contact_page.url, message)
        assert "Благодарим! Ще ви отговорим скоро." in soup(response).get_text()

    def test_goes_to_the_site_address_when_the_page_names_no_recipient(
        self, client, contact_page, message, settings
    ):
        settings.CONTACT_EMAIL = "contact@praktika.test"
        contact_page.to_address = ""
        contact_page.save_revision().publish()

        client.post(contact_page.url, message)

        assert [email.to for email in mail.outbox] == [["contact@praktika.test"]]

    def test_the_empty_form_carries_a_trap_and_a_signed_start_time(self, client, contact_page):
        before = time.time()
        page = soup(client.get(contact_page.url))

        trap = page.find("input", attrs={"name": HONEYPOT_FIELD})
        assert trap is not None and not trap.get("value")
        started = page.find("input", attrs={"name": TIMESTAMP_FIELD})
        assert started["type"] == "hidden"
        started_at = signing.loads(started["value"], salt="contact-form", max_age=60)
        assert before - 1 <= started_at <= time.time()


class TestRefusedMessages:
    def test_a_filled_trap_is_refused_and_the_typed_values_are_kept(
        self, client, contact_page, names, message
    ):
        message[HONEYPOT_FIELD] = "https://spam.example"

        response = client.post(contact_page.url, message)

        assert response.status_code == 200
        assert form_errors(response) == [_in_bulgarian(SPAM_MESSAGE)]
        assert _in_bulgarian(SPAM_MESSAGE) in soup(response).get_text()
        assert_typed_values_kept(response, names, message)
        assert not FormSubmission.objects.exists()
        assert mail.outbox == []

    @pytest.mark.translations
    def test_the_refusal_is_in_the_readers_language(self, client, contact_page, message):
        message[HONEYPOT_FIELD] = "https://spam.example"

        shown = soup(client.post(contact_page.url, message)).get_text()

        assert _in_bulgarian(SPAM_MESSAGE) != SPAM_MESSAGE, (
            f"{SPAM_MESSAGE!r} is not translated into Bulgarian (locale/bg)"
        )
        assert SPAM_MESSAGE not in shown

    def test_a_message_sent_too_fast_is_refused(self, client, contact_page, names, message):
        message[TIMESTAMP_FIELD] = signed_start(0)

        response = client.post(contact_page.url, message)

        assert form_errors(response) == [_in_bulgarian(FAST_MESSAGE)]
        assert_typed_values_kept(response, names, message)
        assert not FormSubmission.objects.exists()
        assert mail.outbox == []

    @pytest.mark.parametrize(
        "token",
        [
            pytest.param("expired", id="expired"),
            pytest.param(signing.dumps(time.time() - 60, salt="another-form"), id="other-salt"),
            pytest.param("1700000000.0:forged:signature", id="forged"),
            pytest.param("", id="missing"),
        ],
    )
    def test_an_expired_or_forged_start_time_is_refused_with_a_fresh_one(
        self, client, contact_page, names, message, token
    ):
        if token == "expired":
            past = time.time() - MAX_AGE_SECONDS - 60
            with mock.patch("django.core.signing.time.time", return_value=past):
                token = signing.dumps(past - 30, salt="contact-form")
        message[TIMESTAMP_FIELD] = token
        before = time.time()

        response = client.post(contact_page.url, message)

        assert form_errors(response) == [_in_bulgarian(EXPIRED_MESSAGE)]
        assert_typed_values_kept(response, names, message)
        fresh = soup(response).find("input", attrs={"name": TIMESTAMP_FIELD})["value"]
        assert fresh != token
        assert before - 1 <= signing.loads(fresh, salt="contact-form", max_age=60) <= time.time()
        assert not FormSubmission.objects.exists()
        assert mail.outbox == []


def _in_bulgarian(message):
    with translation.override("bg"):
        return gettext(message)

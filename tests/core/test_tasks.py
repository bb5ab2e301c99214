"""Background work: emails through the task framework, retries, and the database worker."""

import smtplib
from datetime import timedelta

from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

import pytest
import time_machine
from django_tasks import TaskResultStatus, default_task_backend
from django_tasks.signals import task_finished

from core.tasks import RETRY_DELAYS, enqueue_email

SEND = "core.tasks.send_email_task"


class MailServerAway(EmailBackend):
    """The locmem backend, refusing the first `failures` messages as a vanished server would."""

    failures = 0

    def send_messages(self, messages):
        if MailServerAway.failures:
            MailServerAway.failures -= 1
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


@pytest.fixture
def mail_server_away(settings):
    settings.EMAIL_BACKEND = f"{__name__}.MailServerAway"

    def away(failures):
        MailServerAway.failures = failures

    yield away
    MailServerAway.failures = 0


@pytest.fixture
def finished():
    """Every task result the immediate backend finishes, by attempt."""
    results = {}

    def record(sender, task_result, **kwargs):
        results[task_result.kwargs.get("attempt", 1)] = task_result

    task_finished.connect(record)
    yield results
    task_finished.disconnect(record)


def message():
    email = EmailMultiAlternatives(
        "Your claim",
        "It was approved.",
        "Praktika <noreply@praktika.test>",
        ["member@praktika.test"],
        cc=["office@praktika.test"],
        reply_to=["office@praktika.test"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    email.attach_alternative("<p>It was approved.</p>", "text/html")
    return email


def test_the_task_sends_the_email_as_it_was_written():
    enqueue_email(message())

    (sent,) = mail.outbox
    assert (sent.subject, sent.body, sent.from_email) == (
        "Your claim",
        "It was approved.",
        "Praktika <noreply@praktika.test>",
    )
    assert (sent.to, sent.cc, sent.reply_to) == (
        ["member@praktika.test"],
        ["office@praktika.test"],
        ["office@praktika.test"],
    )
    assert sent.extra_headers == {"Auto-Submitted": "auto-generated"}
    assert list(sent.alternatives[0]) == ["<p>It was approved.</p>", "text/html"]


def test_attachments_do_not_go_through_the_queue():
    email = message()
    email.attach("notes.txt", "notes", "text/plain")
    with pytest.raises(ValueError):
        enqueue_email(email)
    assert mail.outbox == []


def test_a_failed_send_is_recorded_and_tried_again(mail_server_away, finished):
    mail_server_away(1)

    enqueue_email(message())

    assert finished[1].status == TaskResultStatus.FAILED
    assert finished[1].errors[0].exception_class is smtplib.SMTPServerDisconnected
    assert finished[2].status == TaskResultStatus.SUCCESSFUL
    assert [sent.to for sent in mail.outbox] == [["member@praktika.test"]]


def test_after_the_last_retry_the_failure_stays(mail_server_away, finished, caplog):
    mail_server_away(len(RETRY_DELAYS) + 1)

    enqueue_email(message())

    assert sorted(finished) == list(range(1, len(RETRY_DELAYS) + 2))
    assert all(result.status == TaskResultStatus.FAILED for result in finished.values())
    assert "giving up" in caplog.text
    assert mail.outbox == []


def test_the_database_worker_sends_and_retries_later(task_queue, mail_server_away):
    mail_server_away(1)

    enqueue_email(message())
    (queued,) = task_queue.results(SEND)
    assert queued.status == TaskResultStatus.READY
    assert mail.outbox == []

    task_queue.run()
    first, retry = task_queue.results(SEND)
    assert first.status == TaskResultStatus.FAILED
    assert first.exception_class_path == "smtplib.SMTPServerDisconnected"
    assert retry.status == TaskResultStatus.READY
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert retry.run_after > timezone.now() + timedelta(seconds=RETRY_DELAYS[0] - 10)
    assert mail.outbox == []

    with time_machine.travel(timezone.now() + timedelta(seconds=RETRY_DELAYS[0] + 1)):
        task_queue.run()
    assert [result.status for result in task_queue.results(SEND)] == [
        TaskResultStatus.FAILED,
        TaskResultStatus.SUCCESSFUL,
    ]
    assert [sent.to for sent in mail.outbox] == [["member@praktika.test"]]


def test_the_database_queue_is_written_in_the_transaction(
    task_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        enqueue_email(message())
    assert callbacks == []
    assert len(task_queue.results(SEND)) == 1


def test_another_queue_is_given_the_task_after_the_commit(
    db, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        enqueue_email(message())
        assert default_task_backend.results == []
    assert [result.task.module_path for result in default_task_backend.results] == [SEND]

"""Work that leaves the request: the shared email task, retries, enqueueing around commits.

Django's task framework (here the django-tasks backport Wagtail is built on) runs a task once:
neither the database nor the RQ backend tries again after a failure. `retrying_task` does: the
failed attempt stays recorded as failed, with its traceback where the backend keeps results,
and the task is enqueued again to run later, each time a little later. A backend that cannot
defer (the immediate one of the tests) tries again at once.

Task arguments must survive JSON. Emails are rendered where they are decided, in the
recipient's language, and only the sending, the part that is slow and fails while the mail
server is away, is left to the worker.
"""

import functools
import logging
from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db import DatabaseBackend

logger = logging.getLogger(__name__)

# Seconds before the second, third, ... attempt: a mail server away for two hours loses nothing.
RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 60 * 60)


def retrying_task(*, delays=RETRY_DELAYS, **options):
    """`@task(**options)` for a function that is safe to run again, with len(delays) retries.

    Each attempt is a task result of its own; the attempt number travels in the keyword
    argument `attempt`, so the function itself must not take one of that name.
    """

    def decorator(function):
        @functools.wraps(function)
        def run(*args, attempt=1, **kwargs):
            try:
                return function(*args, **kwargs)
            except Exception:
                if attempt > len(delays):
                    logger.error("%s failed %d times; giving up.", retried.module_path, attempt)
                    raise
                delay = delays[attempt - 1] if retried.get_backend().supports_defer else 0
                logger.warning(
                    "%s failed (attempt %d); trying again in %d s.",
                    retried.module_path,
                    attempt,
                    delay,
                )
                later = retried
                if delay:
                    later = retried.using(run_after=timezone.now() + timedelta(seconds=delay))
                later.enqueue(*args, attempt=attempt + 1, **kwargs)
                raise

        retried = task(**options)(run)
        return retried

    return decorator


def enqueue_on_commit(task_, *args, **kwargs):
    """Enqueue a task that reads what the current transaction writes, so that it sees it.

    The database queue is written in the same transaction (the task appears when it commits,
    and not at all after a rollback) and the immediate backend runs the task in it, as the
    code did before it was a task; any other queue is given the task after the commit.
    """
    if isinstance(task_.get_backend(), DatabaseBackend | ImmediateBackend):
        return task_.enqueue(*args, **kwargs)
    transaction.on_commit(functools.partial(task_.enqueue, *args, **kwargs))
    return None


def enqueue_email(message):
    """Have the worker send a rendered EmailMessage (or EmailMultiAlternatives). A queue gets
    it only if the current transaction commits: no email about a change that did not happen.

    Attachments would bloat the queue and are refused; nothing the site sends has any.
    """
    if message.attachments:
        raise ValueError("An email with attachments cannot go through the task queue.")
    return enqueue_on_commit(
        send_email_task,
        {
            "subject": str(message.subject),
            "body": str(message.body),
            "from_email": str(message.from_email),
            "to": list(message.to),
            "cc": list(message.cc),
            "bcc": list(message.bcc),
            "reply_to": list(message.reply_to),
            "headers": dict(message.extra_headers),
            "alternatives": [
                [str(content), mimetype]
                for content, mimetype in getattr(message, "alternatives", ())
            ],
        },
    )


@retrying_task()
def send_email_task(message):
    """Send a message as `enqueue_email` wrote it down."""
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message["from_email"],
        to=message["to"],
        cc=message["cc"],
        bcc=message["bcc"],
        reply_to=message["reply_to"],
        headers=message["headers"],
    )
    for content, mimetype in message["alternatives"]:
        email.attach_alternative(content, mimetype)
    email.send()

"""Telling followers about a post is a query and an email per follower: the worker's job."""

from django_tasks import task

from community.discussions import notifications


@task()
def notify_followers_task(post_id, new_thread=False):
    """Not retried: the emails already queued when a later follower fails would go twice."""
    notifications.notify_followers(post_id, new_thread=new_thread)

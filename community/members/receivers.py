"""What the members app does when allauth reports a step of an account's security."""

from django.dispatch import receiver

from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added


@receiver(authenticator_added)
def count_new_authenticator_as_passed(sender, request, user, authenticator, **kwargs):
    """Setting up an app means typing one of its codes: this session has passed it.

    Without this, a staff member sent to set up an app would be asked for a code again at
    once (community.members.middleware asks every session that has not passed the second
    factor).
    """
    if request is None or authenticator.type != Authenticator.Type.TOTP:
        return
    from allauth.account.internal.flows.login import record_authentication

    record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)
    # allauth sends this when the transaction commits, which may be after the response (and
    # its session) went out: save the session now.
    request.session.save()

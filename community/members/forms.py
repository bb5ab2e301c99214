"""Log-in, sign-up, profile, consent and account-deletion forms."""

from django import forms
from django.contrib.auth import authenticate
from django.core.validators import MaxLengthValidator
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm

from community.members import avatars
from community.members.consent import record_consent
from community.members.models import MemberProfession, Profile
from community.members.standing import profile_for
from core.choices import Language
from core.malware import scan_upload

NOT_SAID = _("Not given")
TERMS_REQUIRED = _("Please accept the terms of use and the privacy policy to continue.")
# The longest email address (RFC 5321 paths).
LOGIN_MAX_LENGTH = 254


class LoginForm(AllauthLoginForm):
    """allauth's, asking for the email address (ACCOUNT_LOGIN_METHODS) as sign-up does.

    The address is held to the longest an address can be: whatever is typed reaches the
    authentication backends and django-axes, which files failed attempts under it. Its link
    to the password reset, put in the password's help text, goes: the page offers one
    beside the button (templates/account/login.html).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].help_text = ""
        login = self.fields["login"]
        login.label = _("Email address")
        login.widget.attrs.pop("placeholder", None)
        login.max_length = LOGIN_MAX_LENGTH
        login.validators.append(MaxLengthValidator(LOGIN_MAX_LENGTH))
        login.widget.attrs.update(login.widget_attrs(login.widget))


class SignupForm(AllauthSignupForm):
    display_name = forms.CharField(
        label=_("Your name, as other members will see it"), max_length=80
    )
    profession = forms.ChoiceField(
        label=_("Profession"),
        choices=[("", _("Choose if you like"))] + MemberProfession.choices,
        required=False,
    )
    accept_terms = forms.BooleanField(
        label=_("I accept the terms of use and the privacy policy"),
        error_messages={"required": TERMS_REQUIRED},
    )
    field_order = ["email", "display_name", "profession", "password1", "password2", "accept_terms"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Email address")
        self.fields["email"].widget.attrs.pop("placeholder", None)
        self.fields["password1"].label = _("Password")
        self.fields["password1"].help_text = _(
            "At least 10 characters. Avoid common passwords and your name."
        )
        self.fields["password2"].label = _("Password again")
        for name in ("password1", "password2"):
            self.fields[name].widget.attrs.pop("placeholder", None)

    def signup(self, request, user):
        """Called by allauth once the user exists, before the verification email is sent."""
        profile = profile_for(user)
        profile.display_name = self.cleaned_data["display_name"].strip()
        profile.profession = self.cleaned_data.get("profession", "")
        profile.language = translation.get_language() or profile.language
        profile.save()
        record_consent(user)


class ProfileForm(forms.ModelForm):
    """The member's own profile, with a "show to the public" box beside each field."""

    PUBLIC_LABEL = _("Show “%(field)s” to the public")

    avatar = forms.FileField(
        label=_("Picture (JPG or PNG)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )
    pending_avatar = forms.CharField(required=False, widget=forms.HiddenInput)
    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"),
        choices=Language.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "profession",
            "organisation",
            "country",
            "district",
            "languages",
            "bio",
            "language",
        ]
        labels = {
            "display_name": _("Name shown to others"),
            "language": _("Language of the emails we send you"),
        }
        help_texts = {
            "display_name": _("Always shown with your posts and materials."),
            "bio": _("A few sentences about your work (at most 1000 characters)."),
        }
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        for name in ("profession", "country", "district"):
            choices = list(self.fields[name].choices)
            self.fields[name].choices = [("", NOT_SAID)] + [c for c in choices if c[0] != ""]
        self.kept_avatar = None
        public = set(self.instance.public_fields or [])
        for name in Profile.PUBLIC_CHOICES:
            self.fields[f"public_{name}"] = forms.BooleanField(
                label=self.PUBLIC_LABEL % {"field": self.fields[name].label},
                required=False,
                initial=name in public,
            )

    def field_rows(self):
        """(field, its "public" checkbox or None) in display order, for the template."""
        rows = []
        order = [*self.Meta.fields[:-1], "avatar", self.Meta.fields[-1]]
        for name in order:
            public = f"public_{name}"
            rows.append((self[name], self[public] if public in self.fields else None))
        return rows

    def clean_avatar(self):
        upload = self.cleaned_data.get("avatar")
        if upload is False:  # "clear" ticked
            return False
        if upload and not isinstance(upload, str) and hasattr(upload, "content_type"):
            content = avatars.process_avatar(upload)
            scan_upload(upload)
            return content
        return None

    def keep_valid_upload(self, user):
        """After an error elsewhere, hold a valid new picture so it need not be chosen again."""
        content = self.cleaned_data.get("avatar") if hasattr(self, "cleaned_data") else None
        if content:
            token = avatars.keep_pending(user, content)
            self.data = self.data.copy()
            self.data["pending_avatar"] = token
            self.kept_avatar = token
        elif self.data.get("pending_avatar"):
            self.kept_avatar = self.data["pending_avatar"]

    def save(self, commit=True):
        profile = super().save(commit=False)
        profile.public_fields = [
            name for name in Profile.PUBLIC_CHOICES if self.cleaned_data.get(f"public_{name}")
        ]
        content = self.cleaned_data.get("avatar")
        if content is None:
            content = avatars.pending_avatar(profile.user, self.cleaned_data.get("pending_avatar"))
        if content is False:
            if profile.avatar:
                profile.avatar.delete(save=False)
            profile.avatar = ""
        elif content:
            if profile.avatar:
                profile.avatar.delete(save=False)
            profile.avatar.save(f"{profile.user_id}.png", content, save=False)
        if commit:
            profile.save()
        return profile


class ConsentForm(forms.Form):
    accept_terms = forms.BooleanField(
        label=_("I accept the terms of use and the privacy policy"),
        error_messages={"required": TERMS_REQUIRED},
    )


class DeleteAccountForm(forms.Form):
    KEEP = "keep"
    REMOVE = "remove"

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    files = forms.ChoiceField(
        label=_("Your shared materials"),
        choices=[
            (REMOVE, _("Remove my files")),
            (KEEP, _("Keep my shared materials available, attributed to a former member")),
        ],
        initial=REMOVE,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, user, request=None, **kwargs):
        self.user = user
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        checked = authenticate(self.request, username=self.user.get_username(), password=password)
        if checked is None or checked.pk != self.user.pk:
            raise forms.ValidationError(_("The password is not correct."), code="password")
        return password

    @property
    def keep_files(self):
        return self.cleaned_data.get("files") == self.KEEP

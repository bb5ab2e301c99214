"""Listing, reading, downloading, sharing, changing and deleting practice materials."""

from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, F, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from anyascii import anyascii

from community.materials.choices import Topic
from community.materials.forms import MaterialFilterForm, MaterialForm
from community.materials.models import PracticeMaterial
from community.materials.rules import (
    can_change,
    can_see_unpublished,
    can_upload,
    initial_status,
    publishes_directly,
    storage_used,
    visible_materials,
)
from community.members.standing import is_member, is_moderator
from community.moderation.models import ModerationAction, Status
from community.moderation.ratelimit import PostingNotAllowed, check_can_post
from community.moderation.services import log_action
from core.access import login_redirect, members_only
from core.pagination import paginate

PAGE_SIZE = 20


def material_for(request, pk):
    """The material if this reader may see it; 404 if it is not theirs to know about.

    A members-only material sends an anonymous reader to the login page (its title is
    not secret; its contents are).
    """
    material = get_object_or_404(PracticeMaterial.objects.select_related("author__profile"), pk=pk)
    if not material.is_visible and not can_see_unpublished(request.user, material):
        raise Http404
    if not material.public and not is_member(request.user):
        return material, login_redirect(request)
    return material, None


def shared_by_topic():
    """Published materials per topic, all of them and the public ones: what members find here.

    Numbers only: a members-only material's title and file stay with members.
    """
    counts = (
        PracticeMaterial.objects.filter(PracticeMaterial.visible_q())
        .values("topic")
        .annotate(total=Count("pk"), public=Count("pk", filter=Q(public=True)))
    )
    labels = dict(Topic.choices)
    rows = [
        {
            **row,
            "label": labels.get(row["topic"], row["topic"]),
            "members_only": row["total"] - row["public"],
        }
        for row in counts
    ]
    return sorted(rows, key=lambda row: (-row["total"], str(row["label"])))


@never_cache
def material_list(request):
    materials = visible_materials(request.user)
    filter_form = MaterialFilterForm(request.GET or None, materials=materials)
    results = filter_form.filter(materials).select_related("author__profile")
    results = results.prefetch_related("tags")
    page = paginate(request, results, PAGE_SIZE)
    context = {"results": page, "filter_form": filter_form, "can_upload": can_upload(request.user)}
    if is_member(request.user):
        return render(request, "community/materials/material_list.html", context)
    # A visitor sees the public materials, and what members share besides (a teaser).
    topics = shared_by_topic()
    context.update(
        topics=topics,
        total_count=sum(row["total"] for row in topics),
        members_only_count=sum(row["members_only"] for row in topics),
    )
    return render(request, "community/materials/teaser.html", context)


@never_cache
def material_detail(request, pk, slug):
    material, refusal = material_for(request, pk)
    if refusal:
        return refusal
    if slug != material.slug:
        return redirect(material, permanent=True)
    return render(
        request,
        "community/materials/material_detail.html",
        {
            "material": material,
            "can_change": can_change(request.user, material),
            "is_moderator": is_moderator(request.user),
        },
    )


def content_disposition(filename):
    """attachment, with an ASCII fallback name and the real one in RFC 5987 form."""
    fallback = anyascii(filename).encode("ascii", "ignore").decode()
    fallback = "".join(c for c in fallback if c.isalnum() or c in "._- ") or "material"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}"


@never_cache
def download(request, pk):
    material, refusal = material_for(request, pk)
    if refusal:
        return refusal
    try:
        handle = material.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    PracticeMaterial.objects.filter(pk=material.pk).update(download_count=F("download_count") + 1)
    response = FileResponse(handle, content_type=material.content_type)
    response["Content-Disposition"] = content_disposition(material.original_filename)
    response["X-Content-Type-Options"] = "nosniff"
    # Set here, so the site-wide middleware leaves it: nothing in a file may load or run.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


def save_material(request, form, *, creating):
    """Validate, rate-limit and save; on error keep the file for the next attempt."""
    if form.is_valid() and creating:
        try:
            check_can_post(
                request.user,
                "material",
                PracticeMaterial.objects.all(),
                text=form.cleaned_data["title"],
                text_field="title",
            )
        except PostingNotAllowed as refusal:
            form.add_error(None, refusal.message)
    if not form.is_valid():
        form.hold_file()
        return None
    with transaction.atomic():
        material = form.save(commit=False)
        held = form.held_upload
        replaced = form.attach_file(material)
        material.safeguarding_confirmed_at = timezone.now()
        if creating:
            material.author = request.user
            material.status = initial_status(request.user)
        elif (
            replaced
            and material.status == Status.PUBLISHED
            and material.author_id == request.user.pk
            and not publishes_directly(request.user)
        ):
            # A new file from a member still under review is checked again.
            material.status = Status.PENDING
        material.save()
        form.save_m2m()
        if replaced:
            storage = material.file.storage
            transaction.on_commit(lambda: storage.delete(replaced))
        if held is not None:
            held.discard()
    return material


@members_only
@require_http_methods(["GET", "POST"])
def upload(request):
    if not can_upload(request.user):
        raise PermissionDenied
    if request.method == "POST":
        form = MaterialForm(request.POST, request.FILES, user=request.user)
        material = save_material(request, form, creating=True)
        if material is not None:
            return redirect(material)
    else:
        form = MaterialForm(user=request.user, initial={"language": request.LANGUAGE_CODE})
    return render(
        request,
        "community/materials/material_form.html",
        {"form": form, "creating": True, "will_wait": not publishes_directly(request.user)},
    )


@members_only
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    material = get_object_or_404(PracticeMaterial, pk=pk)
    if not can_change(request.user, material):
        raise PermissionDenied
    if request.method == "POST":
        form = MaterialForm(request.POST, request.FILES, instance=material, user=request.user)
        saved = save_material(request, form, creating=False)
        if saved is not None:
            return redirect(saved)
    else:
        form = MaterialForm(instance=material, user=request.user)
    return render(
        request,
        "community/materials/material_form.html",
        {"form": form, "creating": False, "material": material},
    )


@members_only
@require_http_methods(["GET", "POST"])
def delete(request, pk):
    material = get_object_or_404(PracticeMaterial, pk=pk)
    if not can_change(request.user, material):
        raise PermissionDenied
    if request.method == "POST":
        with transaction.atomic():
            if material.author_id != request.user.pk:
                log_action(
                    ModerationAction.REMOVE,
                    moderator=request.user,
                    obj=material,
                    member=material.author,
                    reason=request.POST.get("reason", "")[:1000],
                )
            material.delete_file()
            material.delete()
        return redirect("materials:mine")
    return render(
        request, "community/materials/material_confirm_delete.html", {"material": material}
    )


@members_only
def mine(request):
    materials = (
        PracticeMaterial.objects.filter(author=request.user)
        .order_by("-created_at")
        .prefetch_related("tags")
    )
    page = paginate(request, materials, PAGE_SIZE)
    used = storage_used(request.user)
    quota = settings.COMMUNITY_MEMBER_QUOTA_BYTES
    return render(
        request,
        "community/materials/material_mine.html",
        {
            "results": page,
            "used": used,
            "quota": quota,
            "percent": min(100, round(100 * used / quota)) if quota else 100,
            "can_upload": can_upload(request.user),
        },
    )

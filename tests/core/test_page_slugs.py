"""A page saved without a slug gets the site's transliterated one, the same as the editor's."""

from cms.models.standard import StandardPage
from core.text import ascii_slug


def test_a_bulgarian_page_saved_without_a_slug_gets_the_sites_transliteration(site_tree):
    home = site_tree.page("bg", "home")
    page = home.add_child(instance=StandardPage(title="Социално включване на деца", slug=""))
    assert page.slug == ascii_slug("Социално включване на деца") == "sotsialno-vklyuchvane-na-detsa"
    second = home.add_child(instance=StandardPage(title="Социално включване на деца", slug=""))
    assert second.slug == "sotsialno-vklyuchvane-na-detsa-2"


def test_a_slug_given_is_kept(site_tree):
    home = site_tree.page("bg", "home")
    page = home.add_child(instance=StandardPage(title="Социално включване", slug="vklyuchvane"))
    assert page.slug == "vklyuchvane"

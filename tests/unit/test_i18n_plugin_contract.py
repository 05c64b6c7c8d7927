"""What the build relies on in mkdocs-static-i18n beyond its documented options (sitebuild/i18n_plugin.py).

Each test names one dependency; if an upgrade of the plugin breaks it, the test fails here, loudly, instead of
the site quietly losing its generated pages, its 404 pages or its security headers.
"""
from __future__ import annotations

from importlib.metadata import version

from mkdocs.config import load_config
from mkdocs_static_i18n.plugin import I18n

from sitebuild import i18n_plugin
from tests.conftest import ROOT


def _priority(method) -> int:
    return getattr(method, "mkdocs_priority", 0)


def test_the_plugin_is_the_version_these_contracts_were_read_from():
    assert version("mkdocs-static-i18n") == "1.3.1", "read sitebuild/i18n_plugin.py against the new version, then update this pin"


def test_building_is_false_outside_and_true_during_the_nested_language_builds():
    """1. `building`: delivery's site-wide work runs once, after the last language."""
    plugin = I18n()
    assert plugin.building is False
    source = I18n.on_post_build.__code__.co_names
    assert "building" in source  # set around the nested builds in its on_post_build

    class Config:
        plugins = {"i18n": plugin}
    assert i18n_plugin.in_language_build(Config()) is False
    plugin.building = True
    assert i18n_plugin.in_language_build(Config()) is True


def test_its_on_files_runs_after_hooks_at_100_and_rebuilds_the_files():
    """2. Generated pages are added before the plugin's on_files and filled in after it (hooks/generated_pages.py)."""
    assert _priority(I18n.on_files) == -100
    assert "reconfigure_files" in I18n.on_files.__code__.co_names


def test_its_on_post_build_runs_before_delivery_at_minus_200():
    """3. hooks/delivery.py's on_post_build (-200) runs after the plugin has built every language (-100)."""
    assert _priority(I18n.on_post_build) == -100
    assert _priority(I18n.on_config) == -100  # and theme.language is set in its on_config, before pages are built


def test_reconfigure_material_sets_the_theme_language_of_each_build():
    """4. build_state.language_of_build reads theme.language; the plugin sets it for every language's build."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    plugin = config.plugins["i18n"]
    assert plugin.config.reconfigure_material is True
    for language in ("en", "ar"):
        plugin.current_language = language
        plugin.reconfigure_mkdocs_config(config)
        assert config.theme["language"] == language

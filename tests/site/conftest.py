import json
import pathlib

import pytest
import yaml

from tests.site.html_pages import pages

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def all_pages(site_dir):
    return list(pages(site_dir))


@pytest.fixture(scope="session")
def regions_data():
    return yaml.safe_load((ROOT / "data" / "regions.yaml").read_text(encoding="utf-8"))

from __future__ import annotations

from reader.core.image_trust import hosts_of, image_host, trust, trusted_images
from reader.core.settings import Settings, _coerce


def test_trust_records_the_image_hosts_of_the_article_shown() -> None:
    rules = trust(
        {}, "联合早报", ["https://static.zaobao.com/a.jpg", "https://static.zaobao.com/b.jpg"]
    )
    assert rules == {"联合早报": ["static.zaobao.com"]}
    rules = trust(rules, "联合早报", ["http://img.zaobao.com.sg/c.png"])
    assert rules == {"联合早报": ["img.zaobao.com.sg", "static.zaobao.com"]}


def test_a_file_claiming_a_trusted_source_does_not_load_other_hosts() -> None:
    rules = {"BBC中文": ["ichef.bbci.co.uk"]}
    hostile = ["https://tracker.example/pixel.gif?u=1", "https://ichef.bbci.co.uk/x.jpg"]
    assert trusted_images("BBC中文", hostile, rules) == ["https://ichef.bbci.co.uk/x.jpg"]
    assert trusted_images("路透", hostile, rules) == []
    assert trusted_images("BBC中文", hostile, {"BBC中文": []}) == []


def test_hosts_ignore_case_ports_and_non_http() -> None:
    assert image_host("HTTPS://IChef.BBCI.co.uk:443/x") == "ichef.bbci.co.uk"
    assert image_host("file:///etc/passwd") == ""
    assert image_host("http://[::1") == ""
    assert hosts_of(["data:image/png;base64,xx", "http://a.example/1", "https://a.example/2"]) == [
        "a.example"
    ]


def test_old_source_only_settings_trust_no_host() -> None:
    """Settings from before: a bare source list becomes sources with no trusted host yet."""
    settings = _coerce({"always_load_images_from": ["新浪财经"]})
    assert settings.image_hosts_by_source == {"新浪财经": []}
    assert Settings().image_hosts_by_source == {}

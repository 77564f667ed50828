from __future__ import annotations

import pytest

from reader.core.image_trust import hosts_of, image_host, trust, trust_key, trusted_images
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


# -- issue 20 point 2: trust bound to the source's own images, never to shared relays/CDNs ----
IYOUPORT = "https://i2.wp.com/www.iyouport.org/wp-content/uploads/2020/06/5-1.jpeg?resize=1080"


def test_trust_through_an_open_proxy_covers_only_what_it_relays_for_that_source() -> None:
    rules = trust({}, "iYouPort", [IYOUPORT])
    assert rules == {"iYouPort": ["i0.wp.com/www.iyouport.org"]}
    later = [
        "https://i0.wp.com/www.iyouport.org/wp-content/uploads/2021/01/x.png?ssl=1",  # i0/i1/i2
        "https://i0.wp.com/attacker.example/pixel.png?u=42",
        "https://i1.wp.com/attacker.example/www.iyouport.org/p.png",
    ]
    assert trusted_images("iYouPort", later, rules) == later[:1]


def test_an_old_bare_host_rule_for_a_relay_no_longer_covers_what_it_relays() -> None:
    rules = {"iYouPort": ["i0.wp.com"]}  # saved before trust keys
    assert trusted_images("iYouPort", ["https://i0.wp.com/attacker.example/p.png"], rules) == []


@pytest.mark.parametrize(
    ("trusted", "attack"),
    [
        ("https://images.weserv.nl/?url=gdb.voanews.com/0E6_w900.jpg",
         "https://images.weserv.nl/?url=attacker.example/p.gif"),
        ("https://images.weserv.nl/?url=gdb.voanews.com/0E6_w900.jpg",
         "https://images.weserv.nl/?url=https%3A%2F%2Fattacker.example%2Fgdb.voanews.com"),
        ("https://thumbor.ftacademy.cn/unsafe/1340x754/https://thumbor.ftacademy.cn/unsafe/p/3.jpg",
         "https://thumbor.ftacademy.cn/unsafe/1x1/https://attacker.example/p.gif"),
        ("https://cdn.jsdelivr.net/gh/0nd1jyU39XQ/_/img/1/e52.jpg",
         "https://cdn.jsdelivr.net/gh/attacker/repo@1.0/p.gif"),
        ("https://1.bp.blogspot.com/-daw/X1T/AAAA/7aU/s320/a.jpg",
         "https://1.bp.blogspot.com/-att/ack/AAAA/er/s1/p.gif"),
        ("https://cdn-images-1.medium.com/max/1024/1*Je.jpeg",
         "https://cdn-images-1.medium.com/max/1/1*attacker.png"),
    ],
)  # fmt: skip
def test_shared_hosts_are_trusted_only_for_the_owner_or_the_image(
    trusted: str, attack: str
) -> None:
    rules = trust({}, "S", [trusted])
    assert trusted_images("S", [trusted, attack], rules) == [trusted]


def test_a_shared_cdn_owner_prefix_covers_that_owner_in_any_version() -> None:
    rules = trust({}, "S", ["https://cdn.jsdelivr.net/gh/owner/repo@1.0/a.png"])
    later = "https://cdn.jsdelivr.net/gh/owner/repo@2.0/b.png"
    assert trusted_images("S", [later], rules) == [later]


def test_trust_keys() -> None:
    assert trust_key("https://static.zaobao.com/a.jpg") == "static.zaobao.com"
    assert trust_key("javascript:alert(1)") == ""
    assert trust_key("https://images.weserv.nl?url=https://a.example/b.gif") == (
        "images.weserv.nl?url=a.example"
    )

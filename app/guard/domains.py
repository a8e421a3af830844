"""Top-level domains and registrable-domain ("eTLD+1") computation.

A full Public Suffix List would be a data file to ship and update; the guard
only needs (a) to tell a bare "name.tld" in chat text from "e.g." or
"report.pdf", and (b) the registrable part of a host to decide whether it is an
allowed domain or a look-alike. A curated TLD set and the multi-label suffixes
that matter in practice (country second levels, free hosting platforms) are
enough for that; unknown TLDs are only accepted after an explicit scheme.
"""

from __future__ import annotations

from typing import Final

_CC: Final = (
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn "
    "bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj "
    "dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp "
    "gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke "
    "kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk "
    "ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om "
    "pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si "
    "sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw "
    "tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw"
)
_GENERIC: Final = (
    "com net org info biz name pro mobi asia tel travel jobs edu gov mil int aero coop "
    "museum cat post xxx app dev page xyz top site online shop store club vip live tech "
    "cloud link click ltd group support help finance financial money exchange trade "
    "trading capital crypto cash bank pay wallet network digital global world news blog "
    "one space website fun icu buzz work today life email services solutions company "
    "center systems agency host press rocks social media games win bid loan red blue "
    "pink men best guru ninja zone run plus tips guide care cool market markets fund "
    "investments credit business foundation tokyo london nyc berlin art design studio "
    "bet casino poker download review reviews stream chat security secure safe "
    "services login account accountant claims gift gifts promo deals sale eth nft web "
    "mom lol wtf cyou cfd sbs bond quest hair beauty skin monster rest bar cam uno "
    "example test localhost"
)
TLDS: Final = frozenset(_CC.split()) | frozenset(_GENERIC.split())

# TLDs that are also common file extensions: as a *bare* word ("main.py",
# "archive.zip") they are much more likely a file than a domain.
FILE_LIKE_TLDS: Final = frozenset({"py", "sh", "md", "rs", "pl", "ps", "pm", "so", "zip", "mov"})

_MULTI_SUFFIXES: Final = frozenset(
    [
        "co.uk",
        "org.uk",
        "ac.uk",
        "gov.uk",
        "me.uk",
        "ltd.uk",
        "plc.uk",
        "com.cn",
        "net.cn",
        "org.cn",
        "gov.cn",
        "edu.cn",
        "com.hk",
        "net.hk",
        "org.hk",
        "com.tw",
        "net.tw",
        "org.tw",
        "com.sg",
        "net.sg",
        "com.au",
        "net.au",
        "org.au",
        "co.jp",
        "ne.jp",
        "or.jp",
        "co.kr",
        "or.kr",
        "com.br",
        "com.mx",
        "co.in",
        "net.in",
        "co.nz",
        "co.za",
        "com.tr",
        "com.my",
        "com.ph",
        "com.vn",
        "co.id",
        "co.th",
        "com.ar",
        "com.co",
        "com.ng",
        "com.pk",
        "com.ua",
        "com.ru",
        "co.il",
        "com.sa",
        "com.eg",
        "github.io",
        "gitlab.io",
        "herokuapp.com",
        "vercel.app",
        "netlify.app",
        "pages.dev",
        "workers.dev",
        "web.app",
        "firebaseapp.com",
        "blogspot.com",
        "azurewebsites.net",
        "cloudfront.net",
        "appspot.com",
        "ngrok.io",
        "ngrok-free.app",
        "glitch.me",
        "repl.co",
        "wixsite.com",
        "weebly.com",
        "ipfs.io",
        "r2.dev",
        "s3.amazonaws.com",
    ]
)


def is_tld(label: str) -> bool:
    """True for a known TLD or any IDN (punycode) TLD."""
    return label in TLDS or label.startswith("xn--")


def registrable(host: str) -> str:
    """The registrable domain of a lower-case dotted ``host`` ("a.b.co.uk" -> "b.co.uk")."""
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    for n in (3, 2):  # longest known multi-label suffix first
        suffix = ".".join(labels[-n:])
        if suffix in _MULTI_SUFFIXES and len(labels) > n:
            return ".".join(labels[-n - 1 :])
    return ".".join(labels[-2:])

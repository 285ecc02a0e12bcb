"""News-site HTML pages made at run time by wrapping corpus articles in realistic boilerplate.

Nothing here is committed corpus text: pages exist only in memory during a benchmark run.
Each page has a head full of meta tags, inline and external scripts, JSON-LD, a cookie banner,
a mega-menu, a sidebar of related links, a newsletter box, comments and a fat footer; the
article itself is an <h1>, a byline, a <time> and its paragraphs inside <article>.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass

from bot.models import Draft

SITES = ("The Daily Ledger", "Metro Courier", "Harbor Times", "Capital Wire", "Valley Post")
SECTIONS = ("World", "Politics", "Business", "Tech", "Science", "Health", "Sport", "Culture",
            "Opinion", "Travel", "Climate", "Video", "Podcasts", "Newsletters")
LINK_WORDS = ("Markets rally as rates hold", "Inside the stadium rebuild", "Five things to know",
              "Storm warnings extended", "Council approves budget", "Live: election night",
              "Opinion: the case for trains", "Weekend recipes", "Transfer window latest",
              "Quiz of the week", "How we verify stories", "Obituaries")
NAV_MARKER = "Subscribe for unlimited access"
FOOTER_MARKER = "All rights reserved. Reproduction without permission is prohibited"
SCRIPT = ("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
          "gtag('js',new Date());gtag('config','G-BENCH');var ads={slots:['top','mid','rail'],"
          "refresh:30,lazy:true};(function(d){var s=d.createElement('script');s.async=1;"
          "s.src='/static/ads.js';d.head.appendChild(s);})(document);")


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    html: bytes
    paragraphs: tuple[str, ...]


def _links(rng: random.Random, n: int, cls: str) -> str:
    items = []
    for _ in range(n):
        text = rng.choice(LINK_WORDS)
        slug = text.lower().replace(" ", "-").replace(":", "")
        items.append(f'<li class="{cls}"><a href="/{slug}-{rng.randint(1000, 99999)}">'
                     f"{html.escape(text)}</a></li>")
    return "".join(items)


def make_page(draft: Draft, index: int) -> Page:
    rng = random.Random(index)
    site = SITES[index % len(SITES)]
    slug = "-".join(draft.headline.lower().split()[:8])
    slug = "".join(c for c in slug if c.isalnum() or c == "-")
    url = f"https://www.{site.lower().replace(' ', '')}.example/{draft.category.lower()}/{slug}"
    title = html.escape(draft.headline)
    desc = html.escape(draft.paragraphs[0][:150])
    day = f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}"
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a><ul class="mega">'
                  f"{_links(rng, 4, 'mega-item')}</ul></li>" for s in SECTIONS)
    mid = len(draft.paragraphs) // 2
    body_parts = [f"<p>{html.escape(p)}</p>" for p in draft.paragraphs]
    body_parts.insert(mid, '<aside class="inline-promo"><h3>Read more</h3><ul>'
                      f"{_links(rng, 3, 'promo')}</ul></aside>"
                      '<div class="ad-slot" data-slot="mid"></div>')
    paragraphs = "".join(body_parts)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {site}</title>
<meta name="description" content="{desc}">
<meta property="og:title" content="{title}"><meta property="og:type" content="article">
<meta property="og:url" content="{url}"><meta property="og:site_name" content="{site}">
<meta property="article:section" content="{html.escape(draft.category)}">
<meta property="article:published_time" content="{day}T08:30:00+00:00">
<link rel="canonical" href="{url}"><link rel="stylesheet" href="/static/site.css">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-BENCH"></script>
<script>{SCRIPT}</script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{title}","datePublished":"{day}T08:30:00Z","publisher":{{"name":"{site}"}}}}</script>
<style>.mega{{display:none}}.ad-slot{{min-height:250px}}</style></head>
<body class="article-page">
<div id="cookie-banner"><p>We use cookies to improve your experience and for advertising.
By continuing you agree to our cookie policy.</p><button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">{site}</a>
<div class="promo-bar">{NAV_MARKER} — first month free. <a href="/subscribe">Subscribe</a></div>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"></form></header>
<div class="ad-slot" data-slot="top"></div>
<main><article class="story">
<ol class="breadcrumbs"><li><a href="/">Home</a></li>
<li><a href="/{draft.category.lower()}">{html.escape(draft.category)}</a></li></ol>
<h1 class="headline">{title}</h1>
<div class="byline">By <a href="/staff/reporter">Staff Reporter</a> ·
<time datetime="{day}T08:30:00Z">{day}</time></div>
<figure><img src="/img/{index}.jpg" alt="Photo"><figcaption>File photo.
(Photo: Agency)</figcaption></figure>
<div class="story-body">{paragraphs}</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email</a></div>
</article>
<aside class="rail"><h2>Most read</h2><ol>{_links(rng, 10, "most-read")}</ol>
<div class="newsletter"><h3>Get the morning briefing</h3><p>The day's top stories in your
inbox every weekday.</p><form><input type="email"><button>Sign up</button></form></div>
<div class="ad-slot" data-slot="rail"></div></aside>
<section class="comments"><h2>Comments (12)</h2><p>Leave a Reply</p>
<p>Your email address will not be published. Required fields are marked *</p></section>
</main>
<footer class="site-footer"><ul>{_links(rng, 12, "footer")}</ul>
<p>© 2024 {site}. {FOOTER_MARKER}.</p>
<p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/ads">Ad choices</a></p>
</footer>
<script>document.querySelectorAll('.ad-slot').forEach(function(e){{e.dataset.ready=1}});</script>
</body></html>"""
    return Page(url, page.encode("utf-8"), draft.paragraphs)


def recall(paragraphs: tuple[str, ...], text: str) -> float:
    """Share of the article's words found, in order-insensitive bag terms, in `text`."""
    want = " ".join(paragraphs).lower().split()
    have: dict[str, int] = {}
    for word in text.lower().split():
        have[word] = have.get(word, 0) + 1
    hit = 0
    for word in want:
        if have.get(word, 0) > 0:
            have[word] -= 1
            hit += 1
    return hit / len(want) if want else 1.0


def leaked(text: str) -> bool:
    """Whether navigation or footer boilerplate reached the extracted text."""
    return NAV_MARKER in text or FOOTER_MARKER in text or "Most read" in text

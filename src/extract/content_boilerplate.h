// Boilerplate elements: the parts of a page that are never article text.
//
// An element is boilerplate by its tag (navigation, forms' controls, scripts,
// embedded media, captions), by being hidden (hidden attribute, aria-hidden,
// inline display:none), or by its class and id names, which sites choose to
// say what an element is: "nav", "sidebar", "share", "comment", "related",
// "teaser", "cookie", "advert", "caption", "byline"..., in English and
// German. Names are split into words at any non-letter (and at camelCase
// humps), so "mainNav", "post-share" and "article_related" all match while
// "canvas" does not match "nav". Pure functions, thread-safe.
#pragma once

#include <string_view>

#include "extract/dom.h"

namespace tidings {

// True when the tag alone makes `id` boilerplate, whatever its names say.
bool IsBoilerplateTag(const Dom& dom, NodeId id);

// True when the tag marks a page section that is boilerplate (nav, aside,
// footer, a header outside the article). Unlike IsBoilerplateTag this is
// evidence to weigh like a name: a missing end tag can leave the whole page
// inside such an element.
bool IsBoilerplateSection(const Dom& dom, NodeId id);

// True when `id` is hidden from readers by its attributes.
bool IsHidden(const Dom& dom, NodeId id);

// +1 when the class or id names mark `id` as article content ("article",
// "content", "entry", "story", "artikel"...), -1 for boilerplate names, else 0.
int NameWeight(const Dom& dom, NodeId id);

// True when the class or id names of `id` mark the article's lead, intro
// or subtitle ("lead", "intro", "standfirst", "excerpt", "bajada", "chapo",
// "vorspann"...), which sites often set apart from the body's container.
bool HasLeadName(const Dom& dom, NodeId id);

// True when a heading or short line opens a section of teasers for other
// pages ("Related articles", "Das könnte Sie auch interessieren", "Zobacz
// także"...): what follows it, up to the next heading, is not the article.
bool OpensTeaserSection(std::string_view line);

// True when a short line is a widget's label ("Share this", "Kommentare",
// "Leave a reply"...) rather than article text.
bool IsWidgetLabel(std::string_view line);

// True when a short line credits or captions a picture, or claims
// copyright ("Foto: AFP", "(Credit: Grist)", "© 2022 ...").
bool IsCreditLine(std::string_view line);

// True when a short line is a date or time stamp, possibly with a label
// ("15. Mai 2019, 05:28 Uhr", "opublikowano: 7 kwietnia 2021"), or a
// relative one ("2 months ago", "vor 3 Tagen").
bool IsDateLine(std::string_view line);

// True when a paragraph is a teaser's blurb cut off with a "more" link
// ("Räumliche Daten für Forschung… mehr", "The council voted ... Read more").
bool IsTeaserBlurb(std::string_view line);

// True when a short paragraph asks for consent to cookies or tracking.
bool IsCookieNotice(std::string_view line);

// True when a line asks the reader to do something besides reading:
// subscribe, follow, share, support, get the app.
bool IsCallToAction(std::string_view line);

}  // namespace tidings

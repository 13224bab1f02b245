// Reading machine-written corpus XML (TimeML, MEANTIME's CAT format) with a
// tag scanner: an attribute's value from a tag's text, and character data
// with the five predefined XML entities decoded. The corpora are regular
// enough that no validating parser is needed. Pure functions.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "tidings/status.h"

namespace tidings {

// The value of attribute `name` in the tag text `tag` ("<TIMEX3 a=\"b\" ...>"),
// or "" when the tag has none.
std::string XmlAttribute(std::string_view tag, std::string_view name);

// Appends `raw` to `out` with &amp; &lt; &gt; &quot; &apos; decoded.
void AppendXmlDecoded(std::string_view raw, std::string& out);

// Calls `fn` with the tag text ("<token t_id=... >") and the decoded word of
// every <token> element of a CAT file, in order, until it returns false.
// An unterminated element is an error naming `path`.
Status ForEachCatToken(std::string_view xml, const std::string& path,
                       const std::function<bool(std::string_view tag, const std::string& word)>& fn);

}  // namespace tidings

#pragma once
// One printable HTML file of cards or forms: A4 portrait, one <section
// class="page"> per printed page, a CJK font stack that prints on Windows,
// macOS and Linux, no external resource (the file is mailed and printed
// offline). Pages are streamed to the sink as they are made: a county's
// 3,000 cards are never one string.
//
// The pages are written in C++ (fmt and raw strings), not in Mustache
// templates (libmstch): what fills a cell is logic (ticked boxes, masked
// IDs, a blank when empty, sentences from the rules), which logic-less
// templates would push back into C++ anyway; every ledger value then goes
// through the one escape of lib/out; and it needs no new package.
#include <string>
#include <string_view>

#include "out/sink.hpp"

namespace jiedui::card {

class CardDocument {
 public:
  // `title`: the form's Chinese title, for <title>; `style`: the template's CSS.
  CardDocument(out::ByteSink& sink, std::string_view title, std::string_view style);
  // Appends one page; `body` is HTML whose ledger values are already escaped.
  void page(std::string_view body);
  // Closes the document and flushes it to the sink.
  void finish();
  std::size_t pages() const { return pages_; }

 private:
  out::ByteSink& sink_;
  std::string buffer_;
  std::size_t pages_ = 0;
};

// A ledger value as HTML text: & < > " ' as entities, invalid UTF-8 as U+FFFD.
std::string escape(std::string_view text);
// The same, appended to `html`.
void append_escaped(std::string& html, std::string_view text);

// A line to fill by hand inside running text (an underlined blank of the
// width of `chars` characters), or the escaped value when there is one.
std::string fill(std::string_view value, int chars = 4);

// ☑ or □ (U+2611, U+25A1), as a box ticked by hand on the paper form.
inline std::string_view box(bool ticked) { return ticked ? "☑" : "□"; }

}  // namespace jiedui::card

// Reader::scan_record: one record from buf_[pos_], as field spans.
#include <algorithm>
#include <cstring>

#include "csv/reader.hpp"
#include "csv/scan.hpp"

namespace jiedui::csv {

// Finds the end of the record at pos_. Fields are spans relative to pos_.
// need_more: the record runs past what is buffered (and input remains);
// unterminated: a quoted field runs to the end of input.
Reader::Scan Reader::scan_record(std::size_t& record_end, std::uint32_t& newlines, Record& record) {
  const char* const base = buf_.data() + pos_;
  const char* const end = buf_.data() + len_;
  std::size_t consumed = 0;
  if (options_.fast_scan && scan_line_fast(base, end, spans_, consumed, newlines)) {
    record_end = pos_ + consumed;
    return Scan::complete;
  }
  spans_.clear();
  const char* p = base;
  auto span = [&](const char* b, const char* e, bool unescape) {
    spans_.push_back({static_cast<std::uint32_t>(b - base), static_cast<std::uint32_t>(e - base), unescape});
  };
  auto finish = [&](const char* after) {
    record_end = static_cast<std::size_t>(after - buf_.data());
    return Scan::complete;
  };
  newlines = 0;
  for (;;) {
    if (p == end) {  // input ends right after a separator: one more empty field
      if (!eof_) return Scan::need_more;
      span(p, p, false);
      return finish(p);
    }
    if (*p != '"') {
      const char* s = find_comma_or_newline(p, end);
      if (s == end) {
        if (!eof_) return Scan::need_more;
        const char* e = s;
        while (e > p && e[-1] == '\r') --e;
        span(p, e, false);
        return finish(s);
      }
      if (*s == ',') {
        span(p, s, false);
        p = s + 1;
        continue;
      }
      const char* e = s;  // a newline ends the record; CRs before it are the line end
      while (e > p && e[-1] == '\r') --e;
      span(p, e, false);
      ++newlines;
      return finish(s + 1);
    }
    // A quoted field: up to the next quote that is not doubled.
    const char* q = p + 1;
    bool escaped = false;
    for (;;) {
      const auto* quote = static_cast<const char*>(std::memchr(q, '"', static_cast<std::size_t>(end - q)));
      if (quote == nullptr) {
        if (!eof_) return Scan::need_more;
        return Scan::unterminated;
      }
      newlines += static_cast<std::uint32_t>(std::count(q, quote, '\n'));
      if (quote + 1 == end && !eof_) return Scan::need_more;
      if (quote + 1 < end && quote[1] == '"') {
        escaped = true;
        q = quote + 2;
        continue;
      }
      const char* after = quote + 1;
      if (after == end) {
        span(p + 1, quote, escaped);
        return finish(after);
      }
      if (*after == ',') {
        span(p + 1, quote, escaped);
        p = after + 1;
        break;
      }
      if (*after == '\n' || *after == '\r') {
        const char* s = after;
        while (s < end && *s == '\r') ++s;
        if (s == end && !eof_) return Scan::need_more;
        if (s == end || *s == '\n') {
          span(p + 1, quote, escaped);
          if (s == end) return finish(s);
          ++newlines;
          return finish(s + 1);
        }
      }
      // Text after the closing quote ("ab"cd): not RFC 4180. Keep the raw
      // text up to the next separator and flag the record.
      const char* s = find_comma_or_newline(after, end);
      if (s == end && !eof_) return Scan::need_more;
      record.defects.push_back({Defect::Kind::text_after_quote, line_ + newlines,
                                static_cast<std::uint32_t>(spans_.size() + 1),
                                "text after the closing quote (a quote inside a quoted field must be doubled)"});
      const char* e = s;
      while (e > p && e[-1] == '\r') --e;
      span(p, e, false);
      if (s == end) return finish(s);
      if (*s == ',') {
        p = s + 1;
        break;
      }
      ++newlines;
      return finish(s + 1);
    }
  }
}

}  // namespace jiedui::csv

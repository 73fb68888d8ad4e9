// Gb18030Sink: UTF-8 in, GB18030 out, for `--encoding gb18030` (what Excel and
// WPS on Chinese Windows open without asking).
#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <string>

#include "error.hpp"
#include "out/fd_write.hpp"
#include "out/sink.hpp"

namespace jiedui::out {

namespace {

// U+FFFD REPLACEMENT CHARACTER in GB18030 (four-byte form).
constexpr std::string_view kReplacement = "\x84\x31\xA4\x37";

}  // namespace

struct Gb18030Sink::State {
  iconv_t converter;
  // The start of a UTF-8 sequence that the previous write() cut off; it is
  // completed by the next write, or becomes U+FFFD at flush().
  std::string carry;

  State() : converter(::iconv_open("GB18030", "UTF-8")) {
    if (converter == reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1))) {
      throw OutputError("cannot convert to GB18030: " + detail::errno_text(errno));
    }
  }
  ~State() { ::iconv_close(converter); }
  State(const State&) = delete;
  State& operator=(const State&) = delete;
};

Gb18030Sink::Gb18030Sink(ByteSink& next) : state_(std::make_unique<State>()), next_(next) {}

Gb18030Sink::~Gb18030Sink() = default;

void Gb18030Sink::write(std::string_view bytes) {
  std::string joined;
  if (!state_->carry.empty()) {
    joined = std::move(state_->carry);
    state_->carry.clear();
    joined.append(bytes);
    bytes = joined;
  }
  // iconv wants char** though it never writes through the input pointer.
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char out[16 * 1024];
  while (in_left > 0) {
    char* out_pos = out;
    std::size_t out_left = sizeof out;
    const std::size_t result = ::iconv(state_->converter, &in, &in_left, &out_pos, &out_left);
    const int error_number = errno;
    if (out_pos != out) next_.write(std::string_view(out, static_cast<std::size_t>(out_pos - out)));
    if (result != static_cast<std::size_t>(-1)) break;
    if (error_number == E2BIG) continue;
    if (error_number == EINVAL) {  // a sequence cut off at the end of this write
      state_->carry.assign(in, in_left);
      break;
    }
    if (error_number == EILSEQ) {
      // Bad UTF-8 from upstream is not worth losing the whole output over:
      // one U+FFFD per byte that cannot start a character, and go on.
      next_.write(kReplacement);
      ++in;
      --in_left;
      continue;
    }
    throw OutputError("cannot convert to GB18030: " + detail::errno_text(error_number));
  }
}

void Gb18030Sink::flush() {
  // A flush means what came so far is complete: a dangling sequence start is
  // a truncated character.
  if (!state_->carry.empty()) {
    state_->carry.clear();
    next_.write(kReplacement);
  }
  next_.flush();
}

}  // namespace jiedui::out

// csv-spectrum (tests/conformance/csv-spectrum): every csvs/NAME.csv must read
// to json/NAME.json, an array of objects keyed by the header row.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "csv/reader.hpp"

namespace {

using Object = std::map<std::string, std::string>;

// Just enough JSON for the suite: arrays, objects and strings.
class MiniJson {
 public:
  explicit MiniJson(std::string text) : s_(std::move(text)) {}
  std::vector<Object> records() {
    skip();
    if (peek() == '{') return {object()};  // erratum: location_coordinates.json
    std::vector<Object> out;
    expect('[');
    skip();
    if (peek() == ']') return out;
    for (;;) {
      out.push_back(object());
      skip();
      if (peek() == ']') return out;
      expect(',');
    }
  }

 private:
  Object object() {
    Object o;
    skip();
    expect('{');
    skip();
    if (peek() == '}') {
      ++i_;
      return o;
    }
    for (;;) {
      skip();
      std::string key = string();
      skip();
      expect(':');
      skip();
      o[key] = string();
      skip();
      if (peek() == '}') {
        ++i_;
        return o;
      }
      expect(',');
    }
  }
  std::string string() {
    expect('"');
    std::string out;
    while (s_.at(i_) != '"') {
      char c = s_[i_++];
      if (c != '\\') {
        out += c;
        continue;
      }
      c = s_.at(i_++);
      switch (c) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const unsigned cp = std::stoul(s_.substr(i_, 4), nullptr, 16);
          i_ += 4;
          if (cp < 0x80) out += static_cast<char>(cp);
          else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
          else { out += static_cast<char>(0xE0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
          break;
        }
        default: out += c;
      }
    }
    ++i_;
    return out;
  }
  void skip() { while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_; }
  char peek() const { return s_.at(i_); }
  void expect(char c) {
    REQUIRE_MESSAGE(s_.at(i_) == c, "JSON: expected ", c, " at ", i_);
    ++i_;
  }
  std::string s_;
  std::size_t i_ = 0;
};

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<Object> read_csv(const std::filesystem::path& path, std::size_t chunk) {
  jiedui::csv::ReaderOptions options;
  options.chunk_bytes = chunk;
  jiedui::csv::Reader reader(path.string(), options);
  jiedui::csv::Record record;
  std::vector<std::string> header;
  std::vector<Object> out;
  while (reader.next(record)) {
    REQUIRE_MESSAGE(record.defects.empty(), path.string(), ":", record.line, ": ", record.defects.front().message);
    if (header.empty()) {
      header.assign(record.fields.begin(), record.fields.end());
      continue;
    }
    REQUIRE(record.fields.size() == header.size());
    Object o;
    for (std::size_t i = 0; i < header.size(); ++i) o[header[i]] = std::string(record.fields[i]);
    out.push_back(std::move(o));
  }
  return out;
}

const std::filesystem::path kSpectrum = std::filesystem::path(JIEDUI_TESTS_DIR) / "conformance" / "csv-spectrum";

void check_case(const std::string& name) {
  const auto csv = kSpectrum / "csvs" / (name + ".csv");
  auto want = MiniJson(slurp(kSpectrum / "json" / (name + ".json"))).records();
  if (name == "location_coordinates") want.at(0)["Contact Phone Number"] = "2095257564";  // erratum, see LICENSE.md
  // Every chunk size, so quotes and CRLFs cut by a buffer boundary are covered.
  for (std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{17}, std::size_t{1} << 20}) {
    CAPTURE(chunk);
    CHECK(read_csv(csv, chunk) == want);
  }
}

}  // namespace

TEST_SUITE("csv-spectrum") {
  TEST_CASE("the suite's CRLF files really hold CRLF bytes") {
    for (const char* name : {"empty_crlf", "newlines_crlf", "simple_crlf"}) {
      CAPTURE(name);
      CHECK(slurp(kSpectrum / "csvs" / (std::string(name) + ".csv")).find("\r\n") != std::string::npos);
    }
  }
  TEST_CASE("csv-spectrum: comma_in_quotes") { check_case("comma_in_quotes"); }
  TEST_CASE("csv-spectrum: empty") { check_case("empty"); }
  TEST_CASE("csv-spectrum: empty_crlf") { check_case("empty_crlf"); }
  TEST_CASE("csv-spectrum: escaped_quotes") { check_case("escaped_quotes"); }
  TEST_CASE("csv-spectrum: json") { check_case("json"); }
  TEST_CASE("csv-spectrum: location_coordinates") { check_case("location_coordinates"); }
  TEST_CASE("csv-spectrum: newlines") { check_case("newlines"); }
  TEST_CASE("csv-spectrum: newlines_crlf") { check_case("newlines_crlf"); }
  TEST_CASE("csv-spectrum: quotes_and_newlines") { check_case("quotes_and_newlines"); }
  TEST_CASE("csv-spectrum: simple") { check_case("simple"); }
  TEST_CASE("csv-spectrum: simple_crlf") { check_case("simple_crlf"); }
  TEST_CASE("csv-spectrum: utf8") { check_case("utf8"); }
  TEST_CASE("every csv-spectrum file has a test case above") {
    std::size_t n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kSpectrum / "csvs")) n += entry.path().extension() == ".csv";
    CHECK(n == 12);
  }
}

// Format xlsx: a first check that a workbook comes out; reading the cells
// back is a later test.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "out/table_writer.hpp"
#include "test_out_string_sink.hpp"

using namespace jiedui::out;
using namespace jiedui::out::testing;

TEST_SUITE("out::xlsx") {

TEST_CASE("xlsx writes a zip workbook through the sink and removes its temp file") {
  // A private $TMPDIR: ctest runs test cases side by side.
  namespace fs = std::filesystem;
  std::string scratch = (fs::temp_directory_path() / "jiedui-test-xlsx-XXXXXX").string();
  REQUIRE(::mkdtemp(scratch.data()) != nullptr);
  const char* previous = std::getenv("TMPDIR");
  const std::string saved = previous != nullptr ? previous : "";
  ::setenv("TMPDIR", scratch.c_str(), 1);
  const std::string bytes = render_sample(with_format(Format::xlsx));
  const bool scratch_empty = fs::is_empty(scratch);
  if (previous != nullptr) {
    ::setenv("TMPDIR", saved.c_str(), 1);
  } else {
    ::unsetenv("TMPDIR");
  }
  fs::remove_all(scratch);

  REQUIRE(bytes.size() > 1000);
  CHECK(bytes.substr(0, 4) == "PK\x03\x04");
  // A zip ends with its end-of-central-directory record.
  CHECK(bytes.find("PK\x05\x06") != std::string::npos);
  CHECK(scratch_empty);
}

TEST_CASE("xlsx with no rows is still a workbook") {
  const std::string bytes = render(with_format(Format::xlsx), sample_columns(), {});
  CHECK(bytes.substr(0, 4) == "PK\x03\x04");
}

TEST_CASE("xlsx writer dropped before end writes nothing") {
  StringSink sink;
  {
    auto writer = make_table_writer(with_format(Format::xlsx), sink);
    writer->begin(sample_columns());
    writer->row(sample_rows()[0]);
  }
  CHECK(sink.bytes().empty());
}

}  // TEST_SUITE

// Opening a file to read: a regular file, or a stream only where one is named.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "csv/input_file.hpp"
#include "csv/reader.hpp"
#include "error.hpp"
#include "test_temp_dir.hpp"

using namespace jiedui::csv;
namespace fs = std::filesystem;

TEST_CASE("a FIFO in a ledger file's place is refused at once, not waited on") {
  jiedui::testing::TempDir dir;
  const std::string fifo = dir.file("visits.csv");
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  // No writer ever comes: a blocking open would hang the test here.
  CHECK_THROWS_WITH_AS(open_input(fifo), "not a regular file", jiedui::InputError);
  CHECK_THROWS_WITH_AS(Reader(fifo, {}), "not a regular file", jiedui::InputError);
  CHECK_THROWS_WITH_AS(read_input_file(fifo), "not a regular file", jiedui::InputError);
}

TEST_CASE("a ledger file linked to a device is refused; a directory says so") {
  jiedui::testing::TempDir dir;
  fs::create_symlink("/dev/zero", dir.file("recipients.csv"));
  CHECK_THROWS_WITH_AS(open_input(dir.file("recipients.csv")), "not a regular file", jiedui::InputError);
  fs::create_directory(dir.file("cadres.csv"));
  CHECK_THROWS_WITH_AS(open_input(dir.file("cadres.csv")), "is a directory, not a file", jiedui::InputError);
}

TEST_CASE("a regular file opens with its size, and reads whole") {
  jiedui::testing::TempDir dir;
  dir.write("jiedui.toml", "profile = \"gansu\"\n");
  const InputFd in = open_input(dir.file("jiedui.toml"));
  CHECK(in.regular);
  CHECK(in.owned);
  CHECK(in.size == 18);
  ::close(in.fd);
  CHECK(read_input_file(dir.file("jiedui.toml")) == "profile = \"gansu\"\n");
}

TEST_CASE("standard input is read only where it is named") {
  CHECK(names_a_stream("-"));
  CHECK(names_a_stream("/dev/stdin"));
  CHECK(names_a_stream("/dev/fd/63"));
  CHECK(names_a_stream("/proc/self/fd/0"));
  CHECK_FALSE(names_a_stream("/dev/fd/"));
  CHECK_FALSE(names_a_stream("/dev/fd/6x"));
  CHECK_FALSE(names_a_stream("/dev/zero"));
  CHECK_FALSE(names_a_stream("set/visits.csv"));
  const InputFd in = open_input("-");
  CHECK(in.fd == 0);
  CHECK_FALSE(in.owned);
}

// The sinks: buffered stdout, atomic files, GB18030, and the Output chain.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "error.hpp"
#include "out/output.hpp"
#include "out/sink.hpp"
#include "test_out_string_sink.hpp"
#include "test_temp_dir.hpp"

using namespace jiedui::out;
using jiedui::out::testing::StringSink;
namespace fs = std::filesystem;

namespace {

using ScratchDir = jiedui::testing::TempDir;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string gb18030(std::string_view utf8, std::initializer_list<std::string_view> more = {}) {
  StringSink bytes;
  {
    Gb18030Sink sink(bytes);
    sink.write(utf8);
    for (std::string_view piece : more) sink.write(piece);
    sink.flush();
  }
  return bytes.bytes();
}

}  // namespace

TEST_SUITE("out::sink") {

TEST_CASE("FdSink holds bytes until flush and then writes them all") {
  ScratchDir dir;
  const std::string path = dir.file("fd.txt");
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  REQUIRE(fd >= 0);
  {
    FdSink sink(fd);
    sink.write("张三,");
    CHECK(read_file(path).empty());
    sink.flush();
    CHECK(read_file(path) == "张三,");
    // More than the 64 KiB buffer, in pieces and in one go.
    const std::string piece(1000, 'a');
    for (int i = 0; i < 100; ++i) sink.write(piece);
    sink.write(std::string(200 * 1024, 'b'));
    sink.write("end");
  }  // the destructor flushes
  ::close(fd);
  CHECK(read_file(path) == "张三," + std::string(100 * 1000, 'a') + std::string(200 * 1024, 'b') + "end");
}

TEST_CASE("FdSink throws BrokenPipe when the reader has gone") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  ::close(fds[0]);
  auto* previous = std::signal(SIGPIPE, SIG_IGN);  // as the CLI's main does
  {
    FdSink sink(fds[1]);
    sink.write("row\n");
    CHECK_THROWS_AS(sink.flush(), BrokenPipe);
  }
  std::signal(SIGPIPE, previous);
  ::close(fds[1]);
}

TEST_CASE("FdSink reports other write errors as OutputError with the reason") {
  FdSink sink(-1);
  sink.write("x");
  CHECK_THROWS_WITH_AS(sink.flush(), "cannot write to file descriptor -1: Bad file descriptor", jiedui::OutputError);
}

TEST_CASE("AtomicFileSink leaves no file behind without commit") {
  ScratchDir dir;
  const std::string path = dir.file("report.csv");
  {
    AtomicFileSink sink(path);
    sink.write("a,b\n");
    sink.flush();
    CHECK(fs::exists(sink.temp_path()));
    // Hidden and marked as jiedui's, so the stale-temp sweep can tell it from a user's file.
    CHECK(sink.temp_path().rfind(dir.file(".report.csv.jiedui-tmp-"), 0) == 0);
  }
  CHECK_FALSE(fs::exists(path));
  CHECK(dir.entries() == 0);
}

TEST_CASE("AtomicFileSink replaces the old content only on commit") {
  ScratchDir dir;
  const std::string path = dir.file("export.csv");
  write_file(path, "old\n");
  ::chmod(path.c_str(), 0640);
  {
    AtomicFileSink sink(path);
    sink.write("new\n");
    sink.flush();
    CHECK(read_file(path) == "old\n");
    sink.commit();
    CHECK(read_file(path) == "new\n");
    CHECK_FALSE(fs::exists(sink.temp_path()));
  }
  CHECK(read_file(path) == "new\n");
  CHECK(dir.entries() == 1);
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0640);  // the replaced file's mode is kept
}

TEST_CASE("AtomicFileSink gives a new file the mode the umask allows") {
  ScratchDir dir;
  const std::string path = dir.file("new.csv");
  const mode_t previous = ::umask(027);
  {
    AtomicFileSink sink(path);
    sink.commit();
  }
  ::umask(previous);
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0640);
}

TEST_CASE("AtomicFileSink names the path when it cannot create the file") {
  ScratchDir dir;
  const std::string path = dir.file("missing/report.csv");
  CHECK_THROWS_WITH_AS(AtomicFileSink{path}, (path + ": cannot create a temporary file beside it: No such file or directory").c_str(),
                       jiedui::OutputError);
  CHECK_THROWS_WITH_AS(AtomicFileSink{dir.file("")}, (dir.file("") + ": is a directory").c_str(), jiedui::OutputError);
}

TEST_CASE("AtomicFileSink writes through a symbolic link and keeps the link") {
  ScratchDir dir;
  fs::create_directory(dir.file("share"));
  write_file(dir.file("share/visits.csv"), "old\n");
  fs::create_symlink("share/visits.csv", dir.file("visits.csv"));
  {
    AtomicFileSink sink(dir.file("visits.csv"));
    CHECK(sink.target() == dir.file("share/visits.csv"));
    CHECK(sink.temp_path().rfind(dir.file("share/.visits.csv.jiedui-tmp-"), 0) == 0);
    sink.write("new\n");
    sink.commit();
  }
  CHECK(fs::is_symlink(dir.file("visits.csv")));
  CHECK(read_file(dir.file("share/visits.csv")) == "new\n");
  CHECK(dir.entries() == 2);  // the link and share/: no temp file
}

TEST_CASE("AtomicFileSink refuses a file without write permission, even for root") {
  ScratchDir dir;
  const std::string path = dir.file("visits.csv");
  write_file(path, "old\n");
  ::chmod(path.c_str(), 0444);
  CHECK_THROWS_WITH_AS(AtomicFileSink{path}, (path + ": is read-only (mode 0444); left as it is").c_str(),
                       jiedui::OutputError);
  CHECK_THROWS_AS(check_replaceable(path), jiedui::OutputError);
  CHECK(read_file(path) == "old\n");
  CHECK(dir.entries() == 1);
}

TEST_CASE("AtomicFileSink refuses a FIFO or a device without opening it") {
  ScratchDir dir;
  const std::string fifo = dir.file("out.csv");
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  CHECK_THROWS_WITH_AS(AtomicFileSink{fifo}, (fifo + ": not a regular file").c_str(), jiedui::OutputError);
  fs::create_symlink("/dev/null", dir.file("null.csv"));
  CHECK_THROWS_WITH_AS(AtomicFileSink{dir.file("null.csv")},
                       (dir.file("null.csv") + " (-> /dev/null): not a regular file").c_str(), jiedui::OutputError);
  CHECK(fs::is_fifo(fifo));
  CHECK(dir.entries() == 2);
}

// chown needs root: skipped otherwise.
TEST_CASE("AtomicFileSink follows a link of another user only to that user's own file" *
          doctest::skip(::geteuid() != 0)) {
  ScratchDir dir;
  const std::string victim = dir.file("victim.csv"), link = dir.file("visits.csv");
  write_file(victim, "root's\n");
  fs::create_symlink(victim, link);
  REQUIRE(::lchown(link.c_str(), 4321, 4321) == 0);
  CHECK_THROWS_AS(AtomicFileSink{link}, jiedui::OutputError);
  CHECK(read_file(victim) == "root's\n");
  REQUIRE(::chown(victim.c_str(), 4321, 4321) == 0);
  {
    AtomicFileSink sink(link);
    sink.write("4321's\n");
    sink.commit();
  }
  CHECK(read_file(victim) == "4321's\n");
  struct stat info {};
  REQUIRE(::stat(victim.c_str(), &info) == 0);
  CHECK(info.st_uid == 4321);  // the owner is kept
  CHECK(info.st_gid == 4321);
}

TEST_CASE("Gb18030Sink writes 张三 as D5 C5 C8 FD and ASCII unchanged") {
  CHECK(gb18030("张三") == "\xD5\xC5\xC8\xFD");
  CHECK(gb18030("a,1\n") == "a,1\n");
  CHECK(gb18030("\xEF\xBB\xBF") == "\x84\x31\x95\x33");  // U+FEFF, the BOM
  CHECK(gb18030("\xF0\x9F\x98\x80") == "\x94\x39\xFC\x36");  // U+1F600: outside the BMP too
}

TEST_CASE("Gb18030Sink joins a UTF-8 character split across writes") {
  // 张 = E5 BC A0, cut after one and after two bytes.
  CHECK(gb18030("\xE5", {"\xBC\xA0\xE4\xB8", "\x89"}) == "\xD5\xC5\xC8\xFD");
  CHECK(gb18030("", {"\xE5", "\xBC", "\xA0"}) == "\xD5\xC5");
}

TEST_CASE("Gb18030Sink writes U+FFFD for input that is not UTF-8, never throws") {
  const std::string replacement = "\x84\x31\xA4\x37";
  CHECK(gb18030("a\xFF"
                "b") == "a" + replacement + "b");
  CHECK(gb18030("\xC0\xAF") == replacement + replacement);  // an overlong '/'
  CHECK(gb18030("x\xE5\xBC") == "x" + replacement);  // cut off at the very end
}

TEST_CASE("Output writes a file atomically with a GB18030 BOM in front") {
  ScratchDir dir;
  const std::string path = dir.file("out.csv");
  {
    Output output({path, true, true});
    CHECK_FALSE(output.is_terminal());
    output.sink().write("张三\n");
    output.commit();
  }
  CHECK(read_file(path) == "\x84\x31\x95\x33\xD5\xC5\xC8\xFD\n");
}

TEST_CASE("Output writes a UTF-8 BOM first when asked") {
  ScratchDir dir;
  const std::string path = dir.file("out.csv");
  {
    Output output({path, true, false});
    output.sink().write("a\n");
    output.commit();
  }
  CHECK(read_file(path) == "\xEF\xBB\xBF"
                           "a\n");
}

TEST_CASE("Output discards a file it did not commit") {
  ScratchDir dir;
  const std::string path = dir.file("out.csv");
  {
    Output output({path, false, true});
    output.sink().write("half a report");
  }
  CHECK_FALSE(fs::exists(path));
  CHECK(dir.entries() == 0);
}

}  // TEST_SUITE

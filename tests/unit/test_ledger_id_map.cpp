// IdMap: the id → index table every lookup of visits.csv goes through.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "ledger/id_map.hpp"

using jiedui::ledger::IdKey;
using jiedui::ledger::IdMap;

namespace {

// The definition pack() must agree with: 17 digits and a check char 0-9 or
// X, packed as digits × 11 + check.
std::optional<std::uint64_t> pack_by_definition(const std::string& id) {
  if (id.size() != 18) return std::nullopt;
  std::uint64_t value = 0;
  for (int i = 0; i < 17; ++i) {
    if (id[i] < '0' || id[i] > '9') return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(id[i] - '0');
  }
  if (id[17] == 'X') return value * 11 + 10;
  if (id[17] < '0' || id[17] > '9') return std::nullopt;
  return value * 11 + static_cast<std::uint64_t>(id[17] - '0');
}

}  // namespace

TEST_SUITE("ledger::IdMap") {
  TEST_CASE("a resident ID packs to its digits times 11 plus its check char") {
    CHECK(IdMap::pack("620102198005100028") == std::uint64_t{62010219800510002} * 11 + 8);
    CHECK(IdMap::pack("99999999999999999X") == std::uint64_t{99999999999999999} * 11 + 10);
    CHECK(IdMap::pack("000000000000000000") == std::uint64_t{0});
    CHECK_FALSE(IdMap::pack("62010219800510002x"));  // ids are looked up normalised (X upper-cased)
    CHECK_FALSE(IdMap::pack("62010219800510002"));
    CHECK_FALSE(IdMap::pack("GS622926-089073"));
  }

  TEST_CASE("pack agrees with its definition when any one byte of an ID is any byte value") {
    // The word-at-a-time digit test must reject ':' and '/' (next to the
    // digits), bytes ≥ 0x80 and NUL in every position.
    const std::string good = "620102198005100028";
    int checked = 0;
    for (std::size_t at = 0; at < good.size(); ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string id = good;
        id[at] = static_cast<char>(byte);
        CHECK(IdMap::pack(id) == pack_by_definition(id));
        ++checked;
      }
    }
    CHECK(checked == 18 * 256);
  }

  TEST_CASE("resident IDs and other ids are found again and erased") {
    IdMap map;
    for (std::uint32_t i = 0; i < 1000; ++i) {
      const std::string resident = std::to_string(620102198005100000ULL + i);
      CHECK(map.try_emplace(resident, i).second);
      CHECK(map.try_emplace("GS-" + std::to_string(i), 5000 + i).second);
    }
    CHECK(map.size() == 2000);
    CHECK(map.find("620102198005100999") == std::uint32_t{999});
    CHECK(map.find("GS-7") == std::uint32_t{5007});
    CHECK_FALSE(map.find("GS-1000"));
    CHECK(map.erase("GS-7"));
    CHECK_FALSE(map.find("GS-7"));
    CHECK_FALSE(map.try_emplace("620102198005100999", 1).second);
  }

  TEST_CASE("an IdKey matches exactly its id: short ids by their bytes, resident IDs packed, longer ids never") {
    using namespace std::string_literals;
    const IdKey short_id("GS620102-000218");
    CHECK(short_id.matches("GS620102-000218"));
    CHECK_FALSE(short_id.matches("GS620102-000219"));
    CHECK_FALSE(short_id.matches("GS620102-00021"));
    CHECK_FALSE(short_id.matches("GS620102-0002180"));
    const IdKey sixteen("ABCDEFGHIJKLMNOP");
    CHECK(sixteen.matches("ABCDEFGHIJKLMNOP"));
    CHECK_FALSE(sixteen.matches("ABCDEFGHIJKLMNO"));
    const IdKey empty("");
    CHECK(empty.matches(""));
    CHECK_FALSE(empty.matches("\0"s));
    const IdKey resident("62010219800510002X");
    CHECK(resident.matches("62010219800510002X"));
    CHECK_FALSE(resident.matches("62010219800510002x"));  // as written: the caller then looks it up
    CHECK_FALSE(resident.matches("620102198005100020"));
    CHECK_FALSE(resident.matches("6201021980051000"));
    const IdKey long_id("C-LONG-ID-0000000001");  // 20 bytes, not a resident ID
    CHECK_FALSE(long_id.matches("C-LONG-ID-0000000001"));
    CHECK_FALSE(IdKey().matches(""));
    CHECK_FALSE(IdKey().matches("GS620102-000218"));
    // Ids as long as the markers for "none" and "packed" are not compared
    // byte by byte against the 16 bytes kept.
    for (const std::size_t n : {253, 254, 255, 256}) {
      CHECK_FALSE(IdKey().matches(std::string(n, 'a')));
      CHECK_FALSE(resident.matches(std::string(n, '6')));
      CHECK_FALSE(long_id.matches(std::string(n, 'C')));
    }
  }
}

// One benefit of one recipient against benefits.csv rows (jiedui-entitle(1)):
// which finding, with which standard and received amounts.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

#include "entitle/choose.hpp"
#include "entitle/entitlement.hpp"
#include "ledger/ledger.hpp"

using namespace jiedui;
using ledger::Category;
using ledger::Day;

namespace {

const Day kT = date::sys_days{date::year{2026} / 11 / 20};

const entitle::Standards& builtin() {
  static const entitle::Standards s = [] {
    ledger::CollectingSink sink;
    return entitle::choose_standards("hezheng-2023", sink);
  }();
  return s;
}

std::uint32_t index_of(std::string_view code) { return static_cast<std::uint32_t>(*builtin().find(code)); }

entitle::Received row(std::string_view benefit, std::optional<std::int64_t> yuan, Day from = Day{date::year{2023} / 6 / 1},
                      std::optional<Day> to = std::nullopt) {
  entitle::Received r;
  r.benefit = index_of(benefit);
  if (yuan) r.amount_fen = *yuan * 100;
  r.from = from;
  r.to = to;
  return r;
}

// "benefit-short 1080.00 1000.00" (standard, received; "-" when empty).
std::string outcome(std::string_view benefit, const ledger::Recipient& r, const std::vector<entitle::Received>& rows) {
  const entitle::Assessment a = entitle::assess(builtin(), index_of(benefit), r, rows, kT);
  const auto yuan = [](const std::optional<std::int64_t>& fen) {
    return fen ? fmt::format("{}.{:02}", *fen / 100, *fen % 100) : std::string("-");
  };
  if (a.status == entitle::Status::not_due) return "none";
  return fmt::format("{} {} {}", entitle::status_code(a.status), yuan(a.standard_fen), yuan(a.received_fen));
}

ledger::Recipient orphan(int age) {
  ledger::Recipient r;
  r.category = Category::orphan;
  r.setting = "scattered";
  r.birth = {true, false, Day{date::year{2026 - age} / 11 / 20}};
  return r;
}

}  // namespace

TEST_SUITE("entitle::assess") {
  TEST_CASE("eligible with nothing recorded is missing, with the standard") {
    CHECK(outcome("child_living", orphan(10), {}) == "benefit-missing 1080.00 -");
  }

  TEST_CASE("rows active on the day are summed; below the standard is short, at or above it received") {
    CHECK(outcome("child_living", orphan(10), {row("child_living", 1000)}) == "benefit-short 1080.00 1000.00");
    CHECK(outcome("child_living", orphan(10), {row("child_living", 1000), row("child_living", 80)}) ==
          "benefit-received 1080.00 1080.00");
    CHECK(outcome("child_living", orphan(10), {row("child_living", 1200)}) == "benefit-received 1080.00 1200.00");
  }

  TEST_CASE("a row that ended before the day, or starts after it, does not count") {
    const Day end = Day{date::year{2026} / 11 / 19}, start = Day{date::year{2026} / 11 / 21};
    CHECK(outcome("child_living", orphan(10), {row("child_living", 1080, Day{date::year{2023} / 6 / 1}, end)}) ==
          "benefit-missing 1080.00 -");
    CHECK(outcome("child_living", orphan(10), {row("child_living", 1080, start)}) == "benefit-missing 1080.00 -");
    CHECK(outcome("child_living", orphan(10), {row("child_living", 1080, kT, kT)}) == "benefit-received 1080.00 1080.00");
  }

  TEST_CASE("an orphan of 18 still paid is ineligible; not paid, nothing") {
    CHECK(outcome("child_living", orphan(18), {row("child_living", 1080)}) == "benefit-ineligible - 1080.00");
    CHECK(outcome("child_living", orphan(18), {}) == "none");
  }

  TEST_CASE("undecided: standard empty, received as recorded") {
    ledger::Recipient r = orphan(10);
    r.setting = "";
    CHECK(outcome("child_living", r, {}) == "benefit-undecided - -");
    CHECK(outcome("child_living", r, {row("child_living", 1080)}) == "benefit-undecided - 1080.00");
  }

  TEST_CASE("a minimum (不低于) is short only below it; an amount set locally is never short") {
    ledger::Recipient old;
    old.category = Category::extremely_poor;
    old.birth = {true, false, Day{date::year{1940} / 1 / 1}};  // 86
    CHECK(outcome("longevity", old, {row("longevity", 20)}) == "benefit-short 25.00 20.00");
    CHECK(outcome("longevity", old, {row("longevity", 40)}) == "benefit-received 25.00 40.00");
    ledger::Recipient d;
    d.category = Category::disabled;
    d.residence = ledger::Residence::rural;
    d.dibao_class = 3;
    CHECK(outcome("living", d, {}) == "benefit-missing - -");
    CHECK(outcome("living", d, {row("living", 1)}) == "benefit-received - 1.00");
  }

  TEST_CASE("a cash row with an empty amount counts as received in full; in kind has no amounts") {
    CHECK(outcome("child_living", orphan(10), {row("child_living", std::nullopt)}) == "benefit-received 1080.00 -");
    CHECK(outcome("medical_insurance", orphan(10), {}) == "benefit-missing - -");
    CHECK(outcome("medical_insurance", orphan(10), {row("medical_insurance", std::nullopt)}) == "benefit-received - -");
  }

  TEST_CASE("a yearly benefit compares yearly amounts") {
    ledger::Recipient r = orphan(10);
    r.school = ledger::School::compulsory;
    CHECK(outcome("school_aid", r, {row("school_aid", 400)}) == "benefit-short 500.00 400.00");
  }
}

// jiedui cadre add|set: the people of cadres.csv (结对干部名单), through the
// locked, checked, crash-safe writer of pair and log. A cadre id that is a
// resident ID gives gender and birth (as the loader checks them); a cadre
// who retires may keep pairings, one who leaves hands them over (《和政县结对
// 关爱行动实施方案》五(三)). See jiedui-cadre(1).
#include <fmt/format.h>

#include <algorithm>

#include "commands.hpp"
#include "error.hpp"
#include "ledger/dates.hpp"
#include "ledger/resident_id.hpp"
#include "ledger/vocab.hpp"
#include "people_write.hpp"

namespace jiedui::cmd {
namespace {

using Edit = write::PersonEdit;

struct AddOptions {
  WriteOptions write;
  ColumnOptions columns;
};

struct SetOptions {
  WriteOptions write;
  std::string id;
  ColumnOptions columns;
};

void check_values(std::vector<std::pair<std::string, std::string>>& cells) {
  for (auto& [name, value] : cells) {
    if (name == "gender") value = usage_gender(value, "--gender");
    if (name == "birth" && !value.empty() && !ledger::parse_birth(value))
      throw UsageError(fmt::format("--birth: '{}' is not a birth date (YYYY-MM-DD or YYYY-MM)", value));
    if (name == "status" && !value.empty()) {
      const auto s = ledger::parse_cadre_status(value);
      if (!s)
        throw UsageError(
            fmt::format("--status: '{}' is not a cadre status (active 在岗, retired 退休, left 调离)", value));
      value = std::string(ledger::cadre_status_code(*s));
    }
  }
}

int run_add(const AddOptions& o, const Globals& g) {
  Edit edit;
  edit.file = Edit::File::cadres;
  edit.add = true;
  edit.id = ledger::normalize_id(o.columns.value("id"));
  if (edit.id.empty()) throw UsageError("cadre add needs --id");
  if (!o.columns.given("name") || o.columns.value("name").empty()) throw UsageError("cadre add needs --name");
  // An id shaped like a resident ID is validated as one (as check does),
  // and then tells gender and birth; any other id needs them given.
  if (ledger::looks_like_resident_id(edit.id)) {
    if (const ledger::ResidentId id = ledger::parse_resident_id(edit.id); !id.valid)
      throw UsageError(fmt::format("--id {}: {}", edit.id, id.error));
  } else {
    for (const char* need : {"gender", "birth"})
      if (!o.columns.given(need) || o.columns.value(need).empty())
        throw UsageError(fmt::format("cadre add needs --{} (the id {} is not a resident ID that would tell it)", need,
                                     edit.id));
  }
  edit.cells = o.columns.values();
  std::erase_if(edit.cells, [](const auto& c) { return c.first == "id"; });
  check_values(edit.cells);
  return run_person_edit(g, o.write, edit, "cadre add");
}

int run_set(const SetOptions& o, const Globals& g) {
  Edit edit;
  edit.file = Edit::File::cadres;
  edit.id = ledger::normalize_id(o.id);
  edit.cells = o.columns.values();
  if (edit.cells.empty()) throw UsageError("cadre set: give at least one column to change (--status, --phone …)");
  check_values(edit.cells);
  const bool leaves = std::any_of(edit.cells.begin(), edit.cells.end(),
                                  [](const auto& c) { return c.first == "status" && c.second == "left"; });
  // A cadre who leaves is no longer available: each pairing still active
  // is the audit's cadre-unavailable until it is handed over.
  const auto hint = [&](const LockedSet& locked, const write::PersonPlan&) {
    if (g.quiet || !leaves) return;
    const ledger::Ledger& l = locked.set.ledger;
    const auto c = l.find_cadre(edit.id);
    if (!c) return;
    for (const ledger::Pairing& p : l.pairings) {
      if (p.cadre != *c || !p.active_on(locked.load.today)) continue;
      print_warning(fmt::format("cadre {} has left but is still paired with recipient {} (since {}): hand over with "
                                "jiedui pair move {} NEW-CADRE --date {} --reason 调离",
                                edit.id, l.recipients[p.recipient].id, ledger::format_day(p.start),
                                l.recipients[p.recipient].id, ledger::format_day(locked.load.today)));
    }
  };
  return run_person_edit(g, o.write, edit, "cadre set", {}, hint);
}

}  // namespace

std::function<int()> setup_cadre(CLI::App& app, const Globals& globals) {
  app.description(
      "Add or change cadres (cadres.csv, 结对干部名单), checked as `check` would check the new file and refused "
      "(exit 1, nothing written) when it would add an error; locked and crash-safe as pair and log. See "
      "jiedui-cadre(1).");
  app.require_subcommand(1);
  auto chosen = std::make_shared<std::function<int()>>();

  auto add = std::make_shared<AddOptions>();
  CLI::App* a = app.add_subcommand("add", "add a cadre: --id --name (--gender --birth unless the id is a resident ID)");
  a->fallthrough();
  add->columns.add(*a, ledger::cadres_spec(), {});
  add_write_options(*a, add->write, "");
  a->final_callback([add, &globals, chosen] { *chosen = [add, &globals] { return run_add(*add, globals); }; });

  auto set = std::make_shared<SetOptions>();
  CLI::App* s = app.add_subcommand("set", "change columns of a cadre's row: --status retired|left, --phone, --unit …");
  s->fallthrough();
  s->add_option("id", set->id, "the cadre's id")->required();
  set->columns.add(*s, ledger::cadres_spec(), {"id"});
  add_write_options(*s, set->write, "");
  s->final_callback([set, &globals, chosen] { *chosen = [set, &globals] { return run_set(*set, globals); }; });

  return [chosen] { return *chosen ? (*chosen)() : static_cast<int>(kUsage); };
}

}  // namespace jiedui::cmd

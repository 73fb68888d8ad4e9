// jiedui recipient add|exit|set: the people of recipients.csv (关爱对象台账),
// through the locked, checked, crash-safe writer of pair and log: a
// recipient enters with a valid ID (gender and birth from it), leaves with
// status exited and exit_date (the first day out), and any column can be
// corrected. See jiedui-recipient(1).
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
  std::string district;
};

struct ExitOptions {
  WriteOptions write;
  std::string id, date, reason;
};

struct SetOptions {
  WriteOptions write;
  std::string id;
  ColumnOptions columns;
};

// The values of the enum and date columns given, checked as usage (exit 2).
void check_values(std::vector<std::pair<std::string, std::string>>& cells) {
  for (auto& [name, value] : cells) {
    if (name == "category") value = usage_category(value);
    if (name == "gender") value = usage_gender(value, "--gender");
    if (name == "exit_date" && !value.empty())
      value = ledger::format_day(parse_option_day(value, "--exit-date"));
    if (name == "status" && !value.empty()) {
      const auto s = ledger::parse_recipient_status(value);
      if (!s) throw UsageError(fmt::format("--status: '{}' is not a recipient status (active 在册, exited 退出)", value));
      value = *s == ledger::RecipientStatus::active ? "active" : "exited";
    }
  }
}

int run_add(const AddOptions& o, const Globals& g) {
  Edit edit;
  edit.add = true;
  edit.id = ledger::normalize_id(o.columns.value("id"));
  if (const ledger::ResidentId id = ledger::parse_resident_id(edit.id); !id.valid)
    throw UsageError(fmt::format("--id {}: {}", edit.id, id.error));
  for (const char* need : {"name", "category"})
    if (!o.columns.given(need) || o.columns.value(need).empty())
      throw UsageError(fmt::format("recipient add needs --{}", need));
  edit.cells = o.columns.values();
  std::erase_if(edit.cells, [](const auto& c) { return c.first == "id"; });
  if (!o.district.empty()) {
    for (const char* level : {"city", "county", "township", "village"})
      if (o.columns.given(level))
        throw UsageError(fmt::format("--district and --{} both give the district: give one or the other", level));
    for (auto& cell : usage_district(o.district)) edit.cells.push_back(std::move(cell));
  } else {
    for (const char* level : {"city", "county", "township", "village"})
      if (!o.columns.given(level) || o.columns.value(level).empty())
        throw UsageError(fmt::format("recipient add needs the district: --district 市/县/乡镇/村, or --city "
                                     "--county --township --village (--{} is missing)",
                                     level));
  }
  check_values(edit.cells);
  return run_person_edit(g, o.write, edit, "recipient add");
}

int run_exit(const ExitOptions& o, const Globals& g) {
  Edit edit;
  edit.id = ledger::normalize_id(o.id);
  const ledger::Day day = parse_option_day(o.date, "--date");
  edit.cells = {{"status", "exited"}, {"exit_date", ledger::format_day(day)}};
  if (!o.reason.empty()) {
    edit.extra_names = {"exit_reason", "退出原因"};
    edit.extra_value = o.reason;
  }
  const auto already = [&](const LockedSet& locked) {
    const ledger::Ledger& l = locked.set.ledger;
    const auto r = l.find_recipient(edit.id);
    if (!r || l.recipients[*r].status != ledger::RecipientStatus::exited) return static_cast<int>(kOk);
    const auto& recipient = l.recipients[*r];
    print_error(fmt::format("{}:{}: recipient {} has exited already{}; `jiedui recipient set {} --exit-date D` "
                            "corrects the date",
                            l.path_of("recipients.csv"), recipient.line, edit.id,
                            recipient.exit_date ? " on " + ledger::format_day(*recipient.exit_date) : "", edit.id));
    print_error("refused: nothing written");
    return static_cast<int>(kFindings);
  };
  // A pairing still active on or after the exit is check's pairing-after-exit:
  // say how it ends.
  const auto hint = [&](const LockedSet& locked, const write::PersonPlan& plan) {
    if (g.quiet) return;
    const ledger::Ledger& l = locked.set.ledger;
    const auto r = l.find_recipient(edit.id);
    if (!r) return;
    const bool after_exit = std::any_of(plan.warnings.begin(), plan.warnings.end(),
                                        [](const write::Refusal& w) { return w.code == "pairing-after-exit"; });
    if (!after_exit) return;
    for (std::uint32_t p : l.pairings_of(*r)) {
      const ledger::Pairing& pairing = l.pairings[p];
      if (pairing.end && *pairing.end < day) continue;
      print_note(fmt::format("end the pairing with cadre {} on the last day in the programme: jiedui pair end {} "
                             "--date {} --reason 退出",
                             l.cadres[pairing.cadre].id, edit.id, ledger::format_day(day - date::days{1})));
    }
  };
  return run_person_edit(g, o.write, edit, "recipient exit", already, hint);
}

int run_set(const SetOptions& o, const Globals& g) {
  Edit edit;
  edit.id = ledger::normalize_id(o.id);
  edit.cells = o.columns.values();
  if (edit.cells.empty()) throw UsageError("recipient set: give at least one column to change (--phone, --level …)");
  check_values(edit.cells);
  return run_person_edit(g, o.write, edit, "recipient set");
}

}  // namespace

std::function<int()> setup_recipient(CLI::App& app, const Globals& globals) {
  app.description(
      "Add, exit or change recipients (recipients.csv, 关爱对象台账), checked as `check` would check the new file "
      "and refused (exit 1, nothing written) when it would add an error; locked and crash-safe as pair and log. "
      "See jiedui-recipient(1).");
  app.require_subcommand(1);
  auto chosen = std::make_shared<std::function<int()>>();

  auto add = std::make_shared<AddOptions>();
  CLI::App* a = app.add_subcommand("add", "add a recipient: --id --name --category --district, gender and birth "
                                          "from the ID");
  a->fallthrough();
  add->columns.add(*a, ledger::recipients_spec(), {"status", "exit_date"});
  a->add_option("--district", add->district, "the four levels at once: 市/县/乡镇/村 (or --city --county --township "
                                             "--village)");
  add_write_options(*a, add->write, "");
  a->final_callback([add, &globals, chosen] { *chosen = [add, &globals] { return run_add(*add, globals); }; });

  auto leave = std::make_shared<ExitOptions>();
  CLI::App* e = app.add_subcommand("exit", "mark a recipient exited from --date (the first day out of the programme)");
  e->fallthrough();
  e->add_option("id", leave->id, "the recipient's id")->required();
  e->add_option("--date", leave->date, "exit_date: the first day out, YYYY-MM-DD")->required();
  e->add_option("--reason", leave->reason, "why (kept in the file's exit_reason/退出原因 column, which it must have)");
  add_write_options(*e, leave->write, "");
  e->final_callback([leave, &globals, chosen] { *chosen = [leave, &globals] { return run_exit(*leave, globals); }; });

  auto set = std::make_shared<SetOptions>();
  CLI::App* s = app.add_subcommand("set", "change columns of a recipient's row: --phone, --level, --village …");
  s->fallthrough();
  s->add_option("id", set->id, "the recipient's id")->required();
  set->columns.add(*s, ledger::recipients_spec(), {"id"});
  add_write_options(*s, set->write, "");
  s->final_callback([set, &globals, chosen] { *chosen = [set, &globals] { return run_set(*set, globals); }; });

  return [chosen] { return *chosen ? (*chosen)() : static_cast<int>(kUsage); };
}

}  // namespace jiedui::cmd

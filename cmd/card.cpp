// jiedui card: the cards and forms people print, filled from the ledgers and
// the rules in effect: 《甘肃省结对关爱行动联系卡》 (gansu), 沙坪坝区 关爱联系卡
// (shapingba), 望城街道 基本信息采集表 (wangcheng-form) and 关爱帮扶协议书
// (wangcheng-agreement), 关爱服务记录台账 (record-book). One print-ready HTML
// file, one A4 page per card, for one recipient or a whole township.
#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "audit/finding_filter.hpp"
#include "audit/period.hpp"
#include "card/card_document.hpp"
#include "card/card_selection.hpp"
#include "card/card_template.hpp"
#include "card/record_book.hpp"
#include "commands.hpp"
#include "error.hpp"
#include "ledger_run.hpp"
#include "progress.hpp"

namespace jiedui::cmd {
namespace {

struct Options {
  std::vector<std::string> recipients;
  std::string templ;  // "" = jiedui.toml's [card] template, else gansu
  std::string district, cadre, as_of, month, output;
  bool reveal = false;
  RuleChoice rules;
};

struct CardCounts {
  std::size_t unpaired = 0;  // pages without a cadre (the cadre's lines left blank)
  std::size_t no_helper = 0;  // agreements not made: no active helper pairing
};

// Every recipient card of the selection, streamed page by page; the
// agreement has a page per recipient with an active helper pairing.
CardCounts write_recipient_cards(const card::CardTemplate& t, const LoadedSet& set,
                                 const std::vector<card::SelectedRecipient>& selected, card::CardOptions options,
                                 ledger::Day as_of, card::CardDocument& document) {
  const ledger::Ledger& ledger = set.ledger;
  rules::RulesByKind rules(set.rules.rules);
  const card::VillagePhones phones(set.config);
  const ledger::SubsidyStandards subsidy = ledger::subsidy_standards(set.config);
  CardCounts counts;
  std::string html;
  for (const card::SelectedRecipient& s : selected) {
    if (t.shows_helper && !s.helper) {
      ++counts.no_helper;
      if (t.unit == card::CardUnit::helper_pairing) continue;
    }
    const ledger::Recipient& r = ledger.recipients[s.recipient];
    card::CardSubject subject;
    subject.recipient = &r;
    subject.district = &ledger.district_of(r);
    subject.cadre = s.pairing ? &ledger.cadres[ledger.pairings[*s.pairing].cadre] : nullptr;
    subject.helper = s.helper ? &ledger.cadres[ledger.pairings[*s.helper].cadre] : nullptr;
    subject.rules = &rules.rules_for(r.category, r.level);
    subject.village_phone = phones.phone_of(*subject.district);
    subject.as_of = as_of;
    subject.subsidy = &subsidy;
    counts.unpaired += s.pairing ? 0 : 1;
    html.clear();
    t.page(subject, options, html);
    document.page(html);
  }
  return counts;
}

// The record book's villages: those under --district (all when absent), in
// path order; with RECIPIENTs or --cadre, only the villages of the recipients
// they select.
card::RecordBookFilter record_book_filter(const ledger::Ledger& ledger, const card::CardSelection& selection,
                                          const std::vector<card::SelectedRecipient>& selected) {
  card::RecordBookFilter filter;
  const bool narrowed = !selection.recipients.empty() || !selection.cadre.empty();
  std::vector<bool> wanted(ledger.districts.size(), !narrowed);
  for (const card::SelectedRecipient& s : selected) {
    wanted[ledger.recipients[s.recipient].district] = true;
    if (!selection.recipients.empty()) filter.recipients.insert(s.recipient);
  }
  if (!selection.cadre.empty()) filter.cadre = ledger.find_cadre(selection.cadre);
  for (std::uint32_t d = 0; d < ledger.districts.size(); ++d)
    if (wanted[d] && card::under(ledger.districts[d], selection.district)) filter.villages.push_back(d);
  std::sort(filter.villages.begin(), filter.villages.end(), [&](std::uint32_t a, std::uint32_t b) {
    const ledger::District& da = ledger.districts[a];
    const ledger::District& db = ledger.districts[b];
    return std::tie(da.city, da.county, da.township, da.village) < std::tie(db.city, db.county, db.township, db.village);
  });
  return filter;
}

int run(const Options& o, const Globals& g) {
  ledger::LoadOptions load = g.load_options();
  load.today = o.as_of.empty() ? today() : parse_option_day(o.as_of, "--as-of");
  CountingSink sink(g.quiet);
  // The template is known before the ledgers are read: a bad name costs nothing.
  const card::CardTemplate* t = o.templ.empty() ? nullptr : &card::find_card_template(o.templ);
  if (t && t->unit != card::CardUnit::village_month && !o.month.empty())
    throw UsageError("--month is for --template record-book (a village's month of work records)");
  std::optional<audit::Period> month;
  if (!o.month.empty()) month = audit::month_period(o.month);

  LoadedSet set = load_set(g, o.rules, "card", load, sink);
  if (!t) t = &card::find_card_template("gansu");  // jiedui.toml's template is --template's default
  if (t->unit != card::CardUnit::village_month && month)
    throw UsageError("--month is for --template record-book (a village's month of work records)");

  // The record book reports the ledger set's problems once, after visits.csv.
  if (t->unit != card::CardUnit::village_month) sink.finish("card");
  const audit::FindingFilter parsed = audit::make_finding_filter("", o.district, o.cadre);
  card::CardSelection selection{o.recipients, parsed.district, parsed.cadre, t->shows_helper};
  const std::vector<card::SelectedRecipient> selected =
      card::select_recipients(set.ledger, selection, load.today, o.reveal);

  out::Output output(out::OutputTarget{o.output == "-" ? "" : o.output, false, false});
  card::CardDocument document(output.sink(), t->title, t->style);
  const card::CardOptions options{o.reveal};
  std::string summary;
  if (t->unit == card::CardUnit::village_month) {
    const audit::Period period = month ? *month : audit::month_period(audit::iso_date(load.today).substr(0, 7));
    card::RecordBook book(set.ledger, record_book_filter(set.ledger, selection, selected), period, load.today, options);
    Progress progress(set.ledger.path_of("visits.csv"), g.quiet);
    ledger::for_each_visit(
        set.ledger, load, sink, [&](const ledger::Visit& v) { book.add(v); }, progress.callback());
    sink.finish("card");
    book.render(document);
    summary = fmt::format("{} work record{} on {} page{}", book.records(), book.records() == 1 ? "" : "s",
                          document.pages(), document.pages() == 1 ? "" : "s");
  } else {
    const CardCounts counts = write_recipient_cards(*t, set, selected, options, load.today, document);
    const std::string_view noun = t->unit == card::CardUnit::helper_pairing ? "agreement"
                                  : t->shows_helper                          ? "form"
                                                                             : "card";
    summary = fmt::format("{} {}{}", document.pages(), noun, document.pages() == 1 ? "" : "s");
    const std::string day = audit::iso_date(load.today);
    if (counts.unpaired > 0)
      summary +=
          fmt::format("; {} without an active pairing on {} (the cadre's lines left blank)", counts.unpaired, day);
    if (counts.no_helper > 0 && t->unit == card::CardUnit::helper_pairing)
      summary += fmt::format("; {} recipient{} without an active helper pairing (关爱帮扶联系人) on {}: no agreement",
                             counts.no_helper, counts.no_helper == 1 ? "" : "s", day);
    else if (counts.no_helper > 0)
      summary += fmt::format("; {} without an active helper pairing on {} (the helper's line left blank)",
                             counts.no_helper, day);
  }
  document.finish();
  output.commit();
  if (!g.quiet) fmt::print(stderr, "card: {}: {}\n", t->name, summary);
  return kOk;
}

}  // namespace

std::function<int()> setup_card(CLI::App& app, const Globals& globals) {
  auto o = std::make_shared<Options>();
  app.description(
      "Print-ready cards and forms (HTML, one A4 page each), filled from the ledgers and the rules in effect: "
      "gansu (甘肃省结对关爱行动联系卡, the default), shapingba (关爱联系卡), wangcheng-form (基本信息采集表), "
      "wangcheng-agreement (关爱帮扶协议书, one per helper pairing), record-book (关爱服务记录台账, a village's "
      "month of work records). See jiedui-card(1).");
  app.add_option("recipient", o->recipients, "recipient ids (default: every recipient active on the as-of day)");
  app.add_option("--template", o->templ,
                 "gansu, shapingba, wangcheng-form, wangcheng-agreement or record-book (default: jiedui.toml's, "
                 "else gansu)");
  app.add_option("--district", o->district, "only recipients under this district path, e.g. 平凉市/崆峒区");
  app.add_option("--cadre", o->cadre,
                 "only the recipients paired with this cadre on the as-of day (wangcheng templates: as cadre or "
                 "helper)");
  app.add_option("--as-of", o->as_of, "the day whose active pairings the cards show (default: today)");
  app.add_option("--month", o->month, "record-book: the month, e.g. 2026-10 (default: the as-of month)");
  app.add_option("-o,--output", o->output, "write to FILE.html (atomically); default standard output");
  app.add_flag("--reveal", o->reveal, "print ID numbers in full (phone numbers are always printed)");
  app.add_option("--profile", o->rules.profile,
                 "rule profile: gansu, pingliang, wangcheng, shapingba (default: jiedui.toml's, else gansu)");
  app.add_option("--rules", o->rules.rules_file, "a rules file; wins over the set's rules.csv and the profile's rows");
  return [o, &globals] { return run(*o, globals); };
}

}  // namespace jiedui::cmd

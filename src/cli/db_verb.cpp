// tidings db info | events: what a corpus database holds.
#include <memory>

#include <fmt/format.h>

#include "cli/verbs.h"
#include "tidings/store.h"

namespace tidings::cli {
namespace {

struct DbArgs {
  std::string db = "tidings.db";
  std::size_t limit = 20;
};

Result<Store> OpenForReading(const std::string& path) { return Store::Open(path, {.read_only = true}); }

int PrintInfo(const DbArgs& args) {
  Result<Store> store = OpenForReading(args.db);
  if (!store.ok()) {
    fmt::print(stderr, "tidings db info: {}\n", store.status().ToString());
    return kUsageError;
  }
  Result<std::vector<TableCount>> counts = store->Counts();
  if (!counts.ok()) {
    fmt::print(stderr, "tidings db info: {}\n", counts.status().ToString());
    return kUsageError;
  }
  fmt::print("{:<16}{}\n{:<16}{}\n", "database", args.db, "schema version", store->schema_version());
  for (const TableCount& c : *counts) fmt::print("{:<16}{}\n", c.table, c.rows);
  return kAllProcessed;
}

// At most `width` code points of `text`, with an ellipsis when cut.
std::string Clip(const std::string& text, std::size_t width) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (++points > width) return text.substr(0, i) + "…";
  }
  return text;
}

int PrintEvents(const DbArgs& args) {
  Result<Store> store = OpenForReading(args.db);
  if (!store.ok()) {
    fmt::print(stderr, "tidings db events: {}\n", store.status().ToString());
    return kUsageError;
  }
  Result<std::vector<EventSummary>> events = store->TopEvents(args.limit);
  if (!events.ok()) {
    fmt::print(stderr, "tidings db events: {}\n", events.status().ToString());
    return kUsageError;
  }
  fmt::print("{:<10}  {:<9}  {:<5}  {:<9}  {:<30}  {:>4}  {:>4}  {:>4}  {}\n", "date", "source", "cameo", "target",
             "action", "ment", "src", "art", "first report");
  for (const EventSummary& e : *events) {
    fmt::print("{:<10}  {:<9}  {:<5}  {:<9}  {:<30}  {:>4}  {:>4}  {:>4}  {}\n", e.date.empty() ? "-" : e.date,
               e.source_actor.empty() ? "-" : e.source_actor, e.cameo, e.target_actor.empty() ? "-" : e.target_actor,
               Clip(e.cameo_name, 30), e.num_mentions, e.num_sources, e.num_articles, Clip(e.first_title, 40));
  }
  return kAllProcessed;
}

}  // namespace

void AddDbVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<DbArgs>();
  CLI::App* verb = app.add_subcommand("db", "Inspect a corpus database written by tidings ingest");
  verb->require_subcommand(1);
  CLI::App* info = verb->add_subcommand("info", "Schema version and rows per table");
  info->add_option("--db", args->db, "SQLite database")->capture_default_str();
  info->callback([args, exit_code] { *exit_code = PrintInfo(*args); });
  CLI::App* events = verb->add_subcommand("events", "Events reported by the most articles, with their counts");
  events->add_option("--db", args->db, "SQLite database")->capture_default_str();
  events->add_option("--limit", args->limit, "How many events")->capture_default_str();
  events->callback([args, exit_code] { *exit_code = PrintEvents(*args); });
}

}  // namespace tidings::cli

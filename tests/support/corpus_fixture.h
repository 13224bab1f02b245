// A small corpus database built row by row for the query and export tests:
// three articles (two dated and with URLs, one undated citation-only with a
// non-ASCII word), their sentences, entities and quotations, and four events
// covering a dyad of states, an IGO, an undated event with a 4-digit code
// and a CAMEO statement (which PLOVER does not code). Offsets are computed
// from the texts, in code points, as the store writes them.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "store/query_output.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "scratch.h"

namespace tidings::testing {

class CorpusFixture {
 public:
  // Creates the database file `name` in a fresh temporary folder.
  explicit CorpusFixture(const std::string& name)
      : dir_(ScratchPath("corpus_" + name)) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "corpus.db").string();
    Result<store::Connection> db = store::Connection::Open(path_, false);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    db_.emplace(std::move(db).value());
    for (std::size_t v = 0; v < store::Migrations().size(); ++v) Exec(std::string(store::Migrations()[v]));
    Exec("PRAGMA user_version = " + std::to_string(store::SchemaVersion()));
    Fill();
    db_.reset();
  }
  ~CorpusFixture() { std::filesystem::remove_all(dir_); }

  const std::string& path() const { return path_; }
  // Where `words` start in article `id`'s text, in code points.
  std::int64_t Offset(const std::string& id, const std::string& words) const {
    const std::string& text = texts_.at(id);
    return CodePointCount(text.substr(0, text.find(words)));
  }
  const std::string& Text(const std::string& id) const { return texts_.at(id); }

  static std::int64_t CodePointCount(const std::string& s) {
    return static_cast<std::int64_t>(store::CodePointCount(s));
  }

 private:
  using Paragraphs = std::vector<std::vector<std::string>>;

  void Exec(const std::string& sql) {
    Status s = db_->Execute(sql);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  store::Statement& Prepare(const std::string& sql) {
    Result<store::Statement*> st = db_->Prepare(sql);
    EXPECT_TRUE(st.ok()) << st.status().ToString();
    return **st;
  }

  void Run(store::Statement& st) {
    Status s = st.Run();
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  void AddArticle(const std::string& id, const std::string& url, const std::string& site, const std::string& source,
                  const std::string& title, const std::string& published, const Paragraphs& paragraphs) {
    std::string text;
    std::vector<std::array<std::int64_t, 3>> sentences;  // begin, end, paragraph
    std::vector<std::array<std::int64_t, 2>> spans;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
      if (!text.empty()) text += "\n\n";
      const std::int64_t paragraph_begin = CodePointCount(text);
      for (std::size_t s = 0; s < paragraphs[p].size(); ++s) {
        if (s > 0) text += ' ';
        const std::int64_t begin = CodePointCount(text);
        text += paragraphs[p][s];
        sentences.push_back({begin, CodePointCount(text), static_cast<std::int64_t>(p)});
      }
      spans.push_back({paragraph_begin, CodePointCount(text)});
    }
    texts_[id] = text;
    store::Statement& a = Prepare(
        "INSERT INTO articles (id, url, site, source, title, language, published, text, warnings, text_hash, "
        "cluster_id) VALUES (?, ?, ?, ?, ?, 'en', ?, ?, '[]', ?, ?)");
    a.Bind(1, id).BindOptional(2, url).BindOptional(3, site).Bind(4, source).Bind(5, title).BindOptional(6, published);
    a.Bind(7, text).Bind(8, "hash-" + id).Bind(9, id);
    Run(a);
    // The store's writer fills the full-text index itself (schema version 2).
    Run(Prepare("INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles "
                "WHERE seq = last_insert_rowid()"));
    for (std::size_t p = 0; p < spans.size(); ++p) {
      store::Statement& st = Prepare(
          "INSERT INTO paragraphs VALUES ((SELECT seq FROM articles WHERE id = ?), ?, 'paragraph', ?, ?)");
      st.Bind(1, id).Bind(2, static_cast<std::int64_t>(p)).Bind(3, spans[p][0]).Bind(4, spans[p][1]);
      Run(st);
    }
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      store::Statement& st = Prepare("INSERT INTO sentences VALUES ((SELECT seq FROM articles WHERE id = ?), ?, ?, ?, ?)");
      st.Bind(1, id).Bind(2, static_cast<std::int64_t>(s)).Bind(3, sentences[s][2]).Bind(4, sentences[s][0]);
      st.Bind(5, sentences[s][1]);
      Run(st);
    }
  }

  void AddEntity(const std::string& article, std::int64_t idx, const std::string& name, const std::string& kind,
                 const std::string& actor) {
    const std::string local_id = fmt::format("e{}", idx + 1);
    store::Statement& st = Prepare(
        "INSERT INTO entities VALUES ((SELECT seq FROM articles WHERE id = ?), ?, ?, ?, ?, ?, NULL, ?, 1)");
    st.Bind(1, article).Bind(2, idx).Bind(3, local_id).Bind(4, name).Bind(5, kind);
    st.Bind(6, actor).Bind(7, actor.substr(0, 3));
    Run(st);
  }

  struct EventRow {
    std::string id, source, target, cameo, name, root;
    double goldstein;
    int quad;
    std::string plover, mode, date, date_last;
    int mentions, sources, articles;
    std::string first;
  };

  void AddEvent(const EventRow& e) {
    store::Statement& st = Prepare("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, e.id).Bind(2, e.source).Bind(3, e.target).Bind(4, e.cameo).Bind(5, e.name).Bind(6, e.root);
    st.Bind(7, e.goldstein).Bind(8, std::int64_t{e.quad}).BindOptional(9, e.plover).BindOptional(10, e.mode);
    st.BindOptional(11, e.date).BindOptional(12, e.date_last).Bind(13, std::int64_t{e.mentions});
    st.Bind(14, std::int64_t{e.sources}).Bind(15, std::int64_t{e.articles}).Bind(16, e.first);
    Run(st);
  }

  struct MentionRow {
    std::string article;
    std::int64_t idx, pair;
    std::string event;
    std::int64_t sentence;
    std::string words, source_text;
    std::int64_t source_entity;
    std::string target_text;
    std::int64_t target_entity;
    std::string date;
    double confidence;
    std::string speaker, relays, evidence_file;
    std::int64_t evidence_line;
  };

  void AddMention(const MentionRow& m) {
    store::Statement& st = Prepare(
        "INSERT INTO event_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 'asserted', ?, ?, ?, "
        "'[]')");
    const std::int64_t begin = Offset(m.article, m.words);
    st.Bind(1, m.article).Bind(2, m.idx).Bind(3, m.pair).Bind(4, m.event).Bind(5, m.sentence).Bind(6, begin);
    st.Bind(7, begin + CodePointCount(m.words)).Bind(8, m.words).BindOptional(9, m.source_text);
    st.BindOptional(10, m.source_entity).BindOptional(11, m.target_text).BindOptional(12, m.target_entity);
    st.BindOptional(13, m.date).Bind(14, m.confidence).BindOptional(15, m.speaker).Bind(16, m.relays);
    st.Bind(17, m.evidence_file).Bind(18, m.evidence_line).Bind(19, "- * " + m.words);
    Run(st);
  }

  void AddQuote(const std::string& article, const std::string& kind, const std::string& words,
                const std::string& speaker, std::int64_t speaker_entity, const std::string& relays) {
    store::Statement& st = Prepare("INSERT INTO quotes VALUES (?, 0, ?, ?, ?, ?, ?, ?, 'said', ?)");
    const std::int64_t begin = Offset(article, words);
    st.Bind(1, article).Bind(2, kind).Bind(3, begin).Bind(4, begin + CodePointCount(words)).Bind(5, words);
    st.Bind(6, speaker).BindOptional(7, speaker_entity).Bind(8, relays);
    Run(st);
  }

  void Fill() {
    AddArticle("a1", "https://www.example-news.com/2024/01/02/ties", "Example News", "example-news.com",
               "Putin, Xi pledge \"closer\" ties", "2024-01-02T09:30:00+03:00",
               {{"Russia and China pledged closer ties on Monday."},
                {"Vladimir Putin met Xi Jinping in Moscow.",
                 "\"We will deepen cooperation,\" Putin said, according to Xinhua."}});
    AddArticle("a2", "https://wire.example.org/x", "", "wire.example.org", "Leaders meet; UN condemns attack",
               "2024-01-03", {{"Vladimir Putin met Xi Jinping in Beijing.", "The UN Security Council condemned the attack."}});
    AddArticle("a3", "", "Radio Nord", "Radio Nord", "Energy", "",
               {{"Pékin's envoy said China would invest in Russia's energy sector."}});
    AddEntity("a1", 0, "Vladimir Putin", "person", "RUSGOV");
    AddEntity("a1", 1, "Xi Jinping", "person", "CHNGOV");
    AddEntity("a1", 2, "Russia", "state", "RUS");
    AddEntity("a1", 3, "China", "state", "CHN");
    AddEntity("a2", 0, "Vladimir Putin", "person", "RUSGOV");
    AddEntity("a2", 1, "Xi Jinping", "person", "CHNGOV");
    AddEntity("a2", 2, "UN Security Council", "organization", "IGOUNO");
    AddEntity("a3", 0, "China", "state", "CHN");
    AddEntity("a3", 1, "Russia", "state", "RUS");
    AddEvent({"ev1", "RUSGOV", "CHNGOV", "036", "Express intent to meet or negotiate", "03", 4.0, 1, "AGREE", "",
              "2024-01-02", "2024-01-03", 2, 2, 2, "a1"});
    AddEvent({"ev2", "IGOUNO", "", "112", "Accuse", "11", -2.0, 3, "ACCUSE", "allege", "2024-01-03", "2024-01-03", 1,
              1, 1, "a2"});
    AddEvent({"ev3", "CHN", "RUS", "0311", "Express intent to cooperate economically", "03", 5.2, 1, "AGREE", "", "",
              "", 1, 1, 1, "a3"});
    AddEvent({"ev4", "RUS", "CHN", "010", "Make statement", "01", 0.0, 1, "", "", "2023-12-31", "2023-12-31", 1, 1, 1,
              "a1"});
    AddMention({"a1", 0, 0, "ev1", 1, "met", "Vladimir Putin", 0, "Xi Jinping", 1, "2024-01-02", 1.0, "", "[]",
                "04_consult.txt", 12});
    AddMention({"a2", 0, 0, "ev1", 0, "met", "Putin", 0, "Xi Jinping", 1, "2024-01-03", 1.0, "", "[]",
                "04_consult.txt", 12});
    // "the Security Council" is not how the sentence writes it: GDELT's offset is -1.
    AddMention({"a2", 1, 0, "ev2", 1, "condemned", "the Security Council", 2, "", -1, "2024-01-03", 0.75, "", "[]",
                "11_disapprove.txt", 3});
    AddMention({"a3", 0, 0, "ev3", 0, "invest", "China", 0, "Russia", 1, "", 1.0, "Pékin's envoy",
                "[{\"text\": \"Radio Nord\", \"entity\": null}]", "03_intent.txt", 40});
    AddMention({"a1", 1, 0, "ev4", 0, "pledged", "Russia", 2, "China", 3, "2023-12-31", 1.0, "", "[]",
                "01_statement.txt", 7});
    AddQuote("a1", "direct", "We will deepen cooperation", "Putin", 0, "[{\"text\": \"Xinhua\", \"entity\": null}]");
    AddQuote("a3", "indirect", "China would invest in Russia's energy sector", "Pékin's envoy", -1, "[]");
  }

  std::filesystem::path dir_;
  std::string path_;
  std::optional<store::Connection> db_;
  std::map<std::string, std::string> texts_;
};

}  // namespace tidings::testing

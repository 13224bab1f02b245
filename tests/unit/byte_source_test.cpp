#include "ingest/byte_source.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace tidings {
namespace {

// Hands out at most `step` bytes per read, as a gzip member or a pipe may.
class TrickleSource : public ByteSource {
 public:
  TrickleSource(std::string_view bytes, std::size_t step) : bytes_(bytes), step_(step) {}
  Result<std::size_t> Read(char* out, std::size_t capacity) override {
    const std::size_t n = std::min({capacity, step_, bytes_.size()});
    std::copy_n(bytes_.data(), n, out);
    bytes_.remove_prefix(n);
    return n;
  }

 private:
  std::string_view bytes_;
  std::size_t step_;
};

std::string Numbered(std::size_t size) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + i % 26);
  return bytes;
}

TEST(StreamReader, ViewsTheBytesInOrderAcrossReadsAndConsumes) {
  const std::string input = Numbered(700'000);  // several read chunks
  for (std::size_t step : {std::size_t{7}, std::size_t{100'000}, input.size()}) {
    TrickleSource source(input, step);
    StreamReader stream(source);
    std::string seen;
    // Uneven fills and consumes move the window through the buffer.
    for (std::size_t want = 1; stream.Fill(want); want = want * 3 % 300'001 + 1) {
      const std::string_view view = stream.View();
      ASSERT_GE(view.size(), want);
      ASSERT_EQ(view, std::string_view(input).substr(seen.size(), view.size())) << "step " << step;
      const std::size_t take = std::min(view.size(), want / 2 + 1);
      seen.append(view.substr(0, take));
      stream.Consume(take);
      EXPECT_EQ(stream.position(), seen.size());
    }
    seen.append(stream.View());
    EXPECT_EQ(seen, input) << "step " << step;
  }
}

TEST(StreamReader, FillFailsAtTheEndAndSkipStopsThere) {
  const std::string input = Numbered(1000);
  TrickleSource source(input, 64);
  StreamReader stream(source);
  EXPECT_FALSE(stream.Fill(1001));
  EXPECT_EQ(stream.View(), input);
  ASSERT_TRUE(stream.Skip(990));
  EXPECT_EQ(stream.View(), std::string_view(input).substr(990));
  EXPECT_FALSE(stream.Skip(11));
  EXPECT_TRUE(stream.at_end());
}

}  // namespace
}  // namespace tidings

#include "wasm/engine.h"

#include <chrono>

#include "core/clock/clock.h"

namespace asyncplay::wasm {

namespace {

// The Python main thread's stack: the parser and compiler recurse on deeply nested code.
constexpr std::size_t kMainStackBytes = 4u << 20;

// The engine whose program runs on this thread (the build without threads), for the spin hook.
Engine* g_running_here = nullptr;

}  // namespace

double now_ms() {
  return std::chrono::duration<double, std::milli>(clock::default_clock().now().time_since_epoch())
      .count();
}

bool Engine::start(RunOptions options) {
  if (started_.load() && !done_.load()) return false;
  if (thread_) {
    (void)thread_->join();
    thread_.reset();
  }
  options_ = std::move(options);
  stdin_pos_ = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    output_.clear();
    written_ = 0;
    truncated_ = false;
  }
  interp_ = std::make_unique<lang::Interp>();
  interp_->argv.push_back(options_.filename);
  for (const std::string& a : options_.argv) interp_->argv.push_back(a);
  interp_->host.write = [this](int stream, std::string_view text) {
    on_write(stream, text);
    if (!kThreads) flush_if_due();
  };
  interp_->host.read_line = [this](std::string* line) { return read_line(line); };
  if (options_.trace) {
    interp_->recorder = &recorder_;
    recorder_.start();
  } else {
    recorder_.stop();
  }
  done_.store(false);
  started_.store(true);
  start_ms_ = now_ms();
#if !ASYNCPLAY_THREADS
  // No threads: the program runs here, on the caller's thread, and start() returns once it ended.
  flush_window_ms_ = now_ms();
  flushes_in_window_ = 0;
  g_running_here = this;
  clock::set_spin_hook([] { g_running_here->flush_if_due(); });
  program_main();
  clock::set_spin_hook(nullptr);
  g_running_here = nullptr;
  return true;
#endif
  threads::ThreadOptions topts;
  topts.stack_bytes = kMainStackBytes;
  topts.wait_until_running = false;  // its Worker may still be loading, on this thread's events
  thread_ = std::make_unique<threads::Thread>(
      "python-main", [this] { program_main(); }, topts);
  if (!thread_->start().ok()) {
    on_write(2, "RuntimeError: can't start the program's main thread\n");
    exit_code_ = 1;
    done_.store(true, std::memory_order_release);
    return true;
  }
  return true;
}

void Engine::program_main() {
  const int status = lang::run_main(*interp_, options_.filename, options_.source);
  recorder_.stop();
  exit_code_ = status;
  duration_ms_ = now_ms() - start_ms_;
  done_.store(true, std::memory_order_release);
}

void Engine::stop() {
  if (interp_ && started_.load() && !done_.load()) lang::request_interrupt(*interp_);
}

bool Engine::running() const {
  return started_.load() && !done_.load();
}

void Engine::on_write(int stream, std::string_view text) {
  const double t = now_ms() - start_ms_;
  const std::uint32_t lane = lang::thread_state().lane;
  std::lock_guard<std::mutex> lock(mutex_);
  if (truncated_) return;
  if (written_ + text.size() > kOutputLimit) {
    truncated_ = true;
    output_.push_back({2,
                       "\n[asyncplay: output truncated: more than " +
                           std::to_string(kOutputLimit >> 20) + " MB written]\n",
                       lane, t});
    return;
  }
  written_ += text.size();
  if (!output_.empty()) {
    OutputChunk& last = output_.back();
    if (last.stream == stream && last.lane == lane) {
      last.text.append(text);
      return;
    }
  }
  output_.push_back({stream, std::string(text), lane, t});
}

// A print is two writes (the text, then "\n"), so a few flushes per window deliver both at once,
// while a program that prints in a tight loop still posts at most kFlushesPerWindow messages per
// kFlushMs; what a window holds back goes with the next write or wait, or at the end.
void Engine::flush_if_due() {
  if (!flush_hook_) return;
  const double now = now_ms();
  if (now - flush_window_ms_ >= kFlushMs) {
    flush_window_ms_ = now;
    flushes_in_window_ = 0;
  }
  if (flushes_in_window_ >= kFlushesPerWindow) return;
  ++flushes_in_window_;
  flush_hook_();
}

bool Engine::read_line(std::string* line) {
  const std::string& in = options_.stdin_text;
  if (stdin_pos_ >= in.size()) return false;
  size_t nl = in.find('\n', stdin_pos_);
  size_t end = nl == std::string::npos ? in.size() : nl + 1;
  line->assign(in, stdin_pos_, end - stdin_pos_);
  stdin_pos_ = end;
  return true;
}

std::vector<OutputChunk> Engine::take_output() {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<OutputChunk> out;
  out.swap(output_);
  return out;
}

std::string Engine::take_trace_events() {
  std::vector<trace::Event> events = recorder_.take_new();
  std::string out = "[";
  for (const trace::Event& e : events) {
    if (out.size() > 1) out.push_back(',');
    out += "{\"seq\":" + std::to_string(e.seq) + ",\"time\":" + std::to_string(e.time_us) +
           ",\"lane\":" + std::to_string(e.lane);
    switch (e.type) {
      case trace::Event::Type::kLane:
        out += ",\"type\":\"lane\",\"kind\":\"" + std::string(trace::lane_kind_name(e.lane_kind)) +
               "\",\"parent\":" + (e.parent ? std::to_string(e.parent) : "null") + ",\"name\":";
        trace::append_json_string(out, e.text);
        break;
      case trace::Event::Type::kState:
        out += ",\"type\":\"state\",\"state\":\"" + std::string(trace::state_name(e.state)) +
               "\",\"detail\":";
        trace::append_json_string(out, e.text);
        break;
      case trace::Event::Type::kInstant:
        out += ",\"type\":\"instant\",\"kind\":\"" + std::string(trace::event_kind_name(e.kind)) +
               "\",\"label\":";
        trace::append_json_string(out, e.text);
        break;
      case trace::Event::Type::kEndLane:
        out += ",\"type\":\"end\"";
        break;
    }
    out.push_back('}');
  }
  out.push_back(']');
  return out;
}

std::string Engine::trace_json() const {
  return recorder_.to_json();
}

std::string Engine::trace_chrome_json() const {
  return recorder_.to_chrome_json();
}

}  // namespace asyncplay::wasm

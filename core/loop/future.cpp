#include "core/loop/future.h"

#include <algorithm>

namespace asyncplay::loop {

bool FutureBase::cancel(std::string message) {
  if (done()) return false;
  finish(State::kCancelled, std::make_unique<Error>(Error::cancelled(std::move(message))));
  return true;
}

Status FutureBase::check_done() const {
  if (!done()) return Error::invalid_state("Result is not set.");
  return {};
}

CallbackId FutureBase::add_done_callback(Callback cb) {
  const CallbackId id = next_callback_id_++;
  if (done()) {
    loop_->call_soon(std::move(cb));
  } else {
    callbacks_.push_back(Entry{id, std::move(cb)});
  }
  return id;
}

bool FutureBase::remove_done_callback(CallbackId id) {
  auto it = std::find_if(callbacks_.begin(), callbacks_.end(),
                         [id](const Entry& e) { return e.id == id; });
  if (it == callbacks_.end()) return false;
  callbacks_.erase(it);
  return true;
}

Status FutureBase::set_error(Error error) {
  if (done()) return Error::invalid_state("invalid state");
  const State state = error.is(ErrorKind::kCancelled) ? State::kCancelled : State::kFinished;
  finish(state, std::make_unique<Error>(std::move(error)));
  return {};
}

Status FutureBase::mark_finished() {
  finish(State::kFinished, nullptr);
  return {};
}

void FutureBase::finish(State state, std::unique_ptr<Error> error) {
  state_ = state;
  error_ = std::move(error);
  schedule_callbacks();
}

void FutureBase::schedule_callbacks() {
  if (callbacks_.empty()) return;
  std::vector<Entry> callbacks = std::move(callbacks_);
  callbacks_.clear();
  for (auto& e : callbacks) loop_->call_soon(std::move(e.cb));
}

}  // namespace asyncplay::loop

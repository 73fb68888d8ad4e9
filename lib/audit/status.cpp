#include "audit/status.hpp"

namespace jiedui::audit {

std::string_view status_name(Status status) {
  switch (status) {
    case Status::met: return "met";
    case Status::on_track: return "on_track";
    case Status::behind: return "behind";
    case Status::missed: return "missed";
  }
  return "met";
}

int elapsed_days(Period share, Day as_of) {
  if (as_of < share.from) return 0;
  if (as_of >= share.to) return share.days();
  return static_cast<int>((as_of - share.from).count()) + 1;  // T counts as elapsed (SPEC §5)
}

Status bucket_status(std::int64_t required, std::int64_t done, Period share, Day as_of) {
  if (done >= required) return Status::met;
  if (as_of >= share.to) return Status::missed;
  const std::int64_t due_by_now = required * elapsed_days(share, as_of) / share.days();
  return done >= due_by_now ? Status::on_track : Status::behind;
}

}  // namespace jiedui::audit

package org.seniortutorkit.moodle.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out a {@link SyncPlan} from the desired adds and the {@link Ledger}, without writing anything.
 *
 * <ul>
 *   <li>A desired add is sent unless the plugin created it and nothing about it is in doubt.</li>
 *   <li>Something the plugin created (or may have created: an add in doubt) that is no longer desired is
 *       removed. Nothing else is ever removed: an assignment made by hand in Moodle is never in the ledger.</li>
 * </ul>
 */
public final class SyncPlanner {
  private SyncPlanner() {}

  public static SyncPlan plan(Set<SyncOperation> desiredAdds, Ledger ledger) {
    Map<String, SyncOperation> desired = new LinkedHashMap<>();
    for (SyncOperation add : desiredAdds) {
      if (!add.kind().adds()) {
        throw new IllegalArgumentException("desired operations must be adds, not " + add);
      }
      desired.put(add.key(), add);
    }
    Map<String, SyncOperation> created = ledger.created();
    Map<String, SyncOperation> inDoubt = ledger.inDoubt();
    List<SyncOperation> toAdd = new ArrayList<>();
    List<SyncOperation> resent = new ArrayList<>();
    int unchanged = 0;
    for (SyncOperation add : desired.values()) {
      boolean doubtful = inDoubt.containsKey(add.key());
      if (created.containsKey(add.key()) && !doubtful) {
        unchanged++;
      } else {
        toAdd.add(add);
        if (doubtful) {
          resent.add(add);
        }
      }
    }
    List<SyncOperation> toRemove = new ArrayList<>();
    Map<String, SyncOperation> ours = new LinkedHashMap<>(created);
    inDoubt.forEach((key, op) -> ours.putIfAbsent(key, op.kind().adds() ? op : op.reversed()));
    ours.forEach((key, add) -> {
      if (!desired.containsKey(key)) {
        toRemove.add(add.reversed());
        if (inDoubt.containsKey(key)) {
          resent.add(add.reversed());
        }
      }
    });
    Comparator<SyncOperation> order = Comparator.comparing(SyncOperation::kind).thenComparing(SyncOperation::key);
    toAdd.sort(order);
    toRemove.sort(order);
    return new SyncPlan(List.copyOf(toAdd), List.copyOf(toRemove), unchanged, List.copyOf(resent));
  }
}

package org.seniortutorkit.kernel.store;

import java.util.List;

/**
 * One page of a query's results, with the total so a caller can show "page 2 of 7".
 *
 * @param items the results on this page, in id order
 * @param request the page asked for
 * @param total how many results the whole query has
 */
public record Page<T>(List<T> items, PageRequest request, long total) {
  public Page {
    items = List.copyOf(items);
  }

  public boolean hasNext() {
    return request.offset() + items.size() < total;
  }

  public long totalPages() {
    return (total + request.size() - 1) / request.size();
  }
}

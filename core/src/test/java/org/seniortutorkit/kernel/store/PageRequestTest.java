package org.seniortutorkit.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {
  @Test
  void the_offset_counts_the_results_on_earlier_pages() {
    assertThat(PageRequest.of(3, 25).offset()).isEqualTo(75);
    assertThat(PageRequest.first(25).next()).isEqualTo(PageRequest.of(1, 25));
  }

  @Test
  void a_page_knows_whether_more_follow_and_how_many_pages_there_are() {
    Page<String> second = new Page<>(List.of("c", "d"), PageRequest.of(1, 2), 5);

    assertThat(second.hasNext()).isTrue();
    assertThat(second.totalPages()).isEqualTo(3);
    assertThat(new Page<>(List.of("e"), PageRequest.of(2, 2), 5).hasNext()).isFalse();
  }

  @Test
  void a_negative_page_number_is_refused() {
    assertThatThrownBy(() -> PageRequest.of(-1, 10))
        .hasMessage("PageRequest.number = -1 must be greater than or equal to 0");
  }

  @Test
  void a_page_size_outside_one_to_ten_thousand_is_refused() {
    assertThatThrownBy(() -> PageRequest.first(0)).hasMessage("PageRequest.size = 0 must be between 1 and 10000");
    assertThatThrownBy(() -> PageRequest.first(10_001))
        .hasMessage("PageRequest.size = 10001 must be between 1 and 10000");
  }
}

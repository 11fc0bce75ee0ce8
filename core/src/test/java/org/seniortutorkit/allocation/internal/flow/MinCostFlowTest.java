package org.seniortutorkit.allocation.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinCostFlowTest {
  @Test
  void finds_the_maximum_flow_of_minimum_cost_rerouting_an_earlier_choice() {
    // Two units from 0 to 3; the cheap middle arc must be undone to push both.
    MinCostFlow network = new MinCostFlow(4);
    network.addArc(0, 1, 1, 0);
    network.addArc(0, 2, 1, 0);
    int cheap = network.addArc(1, 3, 1, 1);
    network.addArc(2, 1, 1, 0);
    network.addArc(2, 3, 1, 5);

    MinCostFlow.Result result = network.solve(0, 3);

    assertThat(result.flow()).isEqualTo(2);
    assertThat(result.cost()).isEqualTo(6);
    assertThat(network.flow(cheap)).isEqualTo(1);
  }

  @Test
  void convex_parallel_arcs_fill_cheapest_first() {
    MinCostFlow network = new MinCostFlow(3);
    network.addArc(0, 1, 3, 0);
    network.addArc(1, 2, 1, 1);
    network.addArc(1, 2, 1, 3);
    network.addArc(1, 2, 1, 5);

    assertThat(network.solve(0, 2)).isEqualTo(new MinCostFlow.Result(3, 9));
  }

  @Test
  void nodes_cut_off_from_the_sink_are_reached_in_the_residual_network() {
    MinCostFlow network = new MinCostFlow(4);
    network.addArc(0, 1, 2, 0);
    network.addArc(1, 2, 2, 0);
    network.addArc(2, 3, 1, 0);
    network.solve(0, 3);

    assertThat(network.reachableInResidual(1, 0, 3).stream().toArray()).containsExactly(1, 2);
  }

  @Test
  void a_negative_cost_or_unknown_node_is_refused() {
    MinCostFlow network = new MinCostFlow(2);
    assertThatThrownBy(() -> network.addArc(0, 1, 1, -1)).hasMessage("bad arc 0->1 capacity 1 cost -1");
    assertThatThrownBy(() -> network.addArc(0, 2, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MinCostFlow(1)).hasMessageContaining("at least 2 nodes");
  }

  @Test
  void the_flow_on_an_arc_is_known_only_once_solved() {
    MinCostFlow network = new MinCostFlow(2);
    int arc = network.addArc(0, 1, 1, 1);

    assertThatThrownBy(() -> network.flow(arc)).isInstanceOf(IllegalStateException.class)
        .hasMessage("solve the network first");
  }

  @Test
  void a_solved_network_takes_no_more_arcs_and_is_not_solved_twice() {
    MinCostFlow network = new MinCostFlow(2);
    network.addArc(0, 1, 1, 1);
    network.solve(0, 1);

    assertThatThrownBy(() -> network.addArc(0, 1, 1, 1)).hasMessageContaining("arcs cannot be added");
    assertThatThrownBy(() -> network.solve(0, 1)).hasMessage("the network is already solved");
  }
}

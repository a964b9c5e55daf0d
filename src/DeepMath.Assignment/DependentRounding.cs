namespace DeepMath.Assignment;

/// <summary>
/// Rounds a fractional flow (integers in units of 1/<c>unit</c>) to an integral one whose every arc has
/// the fractional value as its expectation (dependent rounding, Gandhi et al. 2006, on a circulation).
/// With the return arc sink → source the flow is a circulation, so a node with a fractional arc has at
/// least two: a walk along fractional arcs always closes a cycle. Pushing +α around the cycle with
/// probability β/(α+β), else −β, keeps every node balanced, moves each arc's expectation by
/// α·β/(α+β) − β·α/(α+β) = 0, and makes at least one arc integral; arcs never leave the integers around them,
/// so a pair (capacity ≤ one unit) ends at 0 or 1 and a paper or reviewer at the floor or ceiling of its load.
/// </summary>
internal static class DependentRounding
{
    public static void Round(int nodeCount, int[] tail, int[] head, long[] value, long unit, Random random)
    {
        var arcCount = value.Length;
        var degree = new int[nodeCount + 1];
        for (var a = 0; a < arcCount; a++)
        {
            if (value[a] % unit != 0)
            {
                degree[tail[a] + 1]++;
                degree[head[a] + 1]++;
            }
        }

        for (var n = 0; n < nodeCount; n++)
        {
            degree[n + 1] += degree[n];
        }

        var start = degree;
        var adjacent = new int[start[nodeCount]];
        var fill = start[..nodeCount];
        for (var a = 0; a < arcCount; a++)
        {
            if (value[a] % unit != 0)
            {
                adjacent[fill[tail[a]]++] = a;
                adjacent[fill[head[a]]++] = a;
            }
        }

        var next = start[..nodeCount]; // arcs before next[n] are integral by now
        var position = new int[nodeCount];
        Array.Fill(position, -1);
        var nodes = new List<int>();
        var arcs = new List<int>();
        bool Fractional(int a) => value[a] % unit != 0;

        int NextArc(int node, int entry)
        {
            while (next[node] < start[node + 1] && !Fractional(adjacent[next[node]]))
            {
                next[node]++;
            }

            for (var i = next[node]; i < start[node + 1]; i++)
            {
                var a = adjacent[i];
                if (a != entry && Fractional(a))
                {
                    return a;
                }
            }

            return -1;
        }

        for (var first = 0; first < arcCount; first++)
        {
            if (!Fractional(first))
            {
                continue;
            }

            nodes.Add(tail[first]);
            position[tail[first]] = 0;
            while (nodes.Count > 0)
            {
                var u = nodes[^1];
                var a = NextArc(u, arcs.Count > 0 ? arcs[^1] : -1);
                if (a < 0)
                {
                    // Only the walk's first node can run out (a balanced node never has exactly one fractional arc).
                    foreach (var n in nodes)
                    {
                        position[n] = -1;
                    }

                    nodes.Clear();
                    arcs.Clear();
                    break;
                }

                var v = tail[a] == u ? head[a] : tail[a];
                if (position[v] < 0)
                {
                    position[v] = nodes.Count;
                    nodes.Add(v);
                    arcs.Add(a);
                    continue;
                }

                var from = position[v];
                arcs.Add(a);
                nodes.Add(v);
                Push(nodes, arcs, from, tail, value, unit, random);
                arcs.RemoveAt(arcs.Count - 1);
                nodes.RemoveAt(nodes.Count - 1);
                for (var i = nodes.Count - 1; i > from; i--)
                {
                    position[nodes[i]] = -1;
                    nodes.RemoveAt(i);
                    arcs.RemoveAt(i - 1);
                }
            }
        }
    }

    /// <summary>Pushes around the cycle nodes[from] → ... → nodes[^1] (= nodes[from]) along arcs[from..].</summary>
    private static void Push(List<int> nodes, List<int> arcs, int from, int[] tail, long[] value, long unit, Random random)
    {
        long up = long.MaxValue;
        long down = long.MaxValue;
        for (var j = from; j < arcs.Count; j++)
        {
            var a = arcs[j];
            var below = value[a] % unit; // distance to the multiple below (values are never negative)
            var above = unit - below;
            if (tail[a] == nodes[j])
            {
                up = Math.Min(up, above);
                down = Math.Min(down, below);
            }
            else
            {
                up = Math.Min(up, below);
                down = Math.Min(down, above);
            }
        }

        var delta = random.NextInt64(up + down) < down ? up : -down;
        for (var j = from; j < arcs.Count; j++)
        {
            var a = arcs[j];
            value[a] += tail[a] == nodes[j] ? delta : -delta;
        }
    }
}

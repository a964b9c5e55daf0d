using DeepMath.Assignment;
using DeepMath.Bench.Assign;

// usage: Generator deepmath|iclr|neurips SEED OUT.json
if (args.Length != 3 || !int.TryParse(args[1], out var seed))
{
    Console.Error.WriteLine("usage: Generator deepmath|iclr|neurips SEED OUT.json");
    return 2;
}

AssignmentInstance instance = args[0] switch
{
    "deepmath" => InstanceGenerator.WithTopics(seed, papers: 300, reviewers: 80, k: 3),
    "iclr" => InstanceGenerator.WithAffinities(seed, papers: 7_000, reviewers: 9_000, k: 4, candidatesPerPaper: 150),
    "neurips" => InstanceGenerator.WithAffinities(seed, papers: 20_000, reviewers: 15_000, k: 4, candidatesPerPaper: 200),
    _ => throw new ArgumentException($"unknown size {args[0]}"),
};
instance = ReviewerAttributes.Add(instance, seed);

using (var output = File.Create(args[2]))
{
    AssignmentJson.WriteInstance(output, instance);
}

Console.WriteLine($"{args[0]}: {instance.Papers.Count} papers, {instance.Reviewers.Count} reviewers, " +
    $"{instance.Affinities?.Count ?? 0} affinities, {instance.Bids.Count} bids, {instance.Conflicts.Count} conflicts, " +
    $"{new FileInfo(args[2]).Length / 1e6:F0} MB");
return 0;

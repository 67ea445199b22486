// Real servers and whole platforms share two cores: collections run one after another, so that one collection's
// start-up never starves another's time-outs, and fault tests never overlap with anything.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

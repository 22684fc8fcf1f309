using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Memorization.Claims.Tests.Infrastructure;

/// <summary>The test case of one claim: the claim id is the method's argument; traits and skip reason come from discovery.</summary>
public sealed class ClaimTestCase : XunitTestCase
{
    private string _claimId = "";
    private string _task = "";
    private string _tier = "";
    private string _device = "";
    private string? _skipReason;

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ClaimTestCase()
    {
    }

    public ClaimTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod,
        string claimId, string task, string tier, string device, string? skipReason)
        : base(diagnosticMessageSink, display, options, testMethod, [claimId])
    {
        _claimId = claimId;
        _task = task;
        _tier = tier;
        _device = device;
        _skipReason = skipReason;
    }

    protected override void Initialize()
    {
        base.Initialize();
        DisplayName = $"Claim {_claimId} ({_tier}, {_device})";
        Traits["Claim"] = [_claimId];
        Traits["Task"] = [_task];
        Traits["Tier"] = [_tier];
        Traits["Device"] = [_device];
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skipReason ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("ClaimId", _claimId);
        data.AddValue("Task", _task);
        data.AddValue("Tier", _tier);
        data.AddValue("Device", _device);
        data.AddValue("SkipReason", _skipReason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _claimId = data.GetValue<string>("ClaimId");
        _task = data.GetValue<string>("Task");
        _tier = data.GetValue<string>("Tier");
        _device = data.GetValue<string>("Device");
        _skipReason = data.GetValue<string?>("SkipReason");
        base.Deserialize(data);
    }
}

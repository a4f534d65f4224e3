"""HalfGroupNorm: exactly GroupNorm outside autocast; under autocast it returns the input's half
dtype, close to the float32 result, and its gradients reach the float32 parameters."""

import pytest
import torch

from medenclave_training.adapters.outbound.amp_norm import HalfGroupNorm, half_group_norm


def _net() -> torch.nn.Sequential:
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Conv2d(1, 8, 3), torch.nn.GroupNorm(4, 8),
                               torch.nn.ReLU(), torch.nn.Conv2d(8, 8, 3), torch.nn.GroupNorm(2, 8))


def test_swap_keeps_parameters_and_float32_behaviour():
    plain, swapped = _net(), _net()
    keys = list(plain.state_dict())
    assert half_group_norm(swapped) == 2
    assert half_group_norm(swapped) == 0  # already swapped
    assert isinstance(swapped[1], HalfGroupNorm) and list(swapped.state_dict()) == keys
    x = torch.randn(2, 1, 16, 16)
    assert torch.equal(plain(x), swapped(x))


@pytest.mark.parametrize("dtype", [torch.bfloat16])
def test_under_autocast_it_stays_in_half_precision(dtype):
    plain, swapped = _net(), _net()
    half_group_norm(swapped)
    x = torch.randn(2, 1, 16, 16)
    with torch.autocast("cpu", dtype=dtype):
        out = swapped(x)
    assert out.dtype == dtype
    assert torch.allclose(out.float(), plain(x), atol=0.1)
    out.float().sum().backward()
    assert swapped[1].weight.grad is not None and swapped[1].weight.grad.dtype == torch.float32

"""The peer of `eval resources/examples/lecture.cgraph` in the process benchmark.

micrograd (github.com/karpathy/micrograd) cannot be installed here, so its Value class from
micrograd/engine.py is written out below, as it is there (the ops the lecture needs, plus tanh and
relu), and the script does what `eval` does for the lecture: the forward pass, the backward pass,
and the nudge check with h = 0.001, printing each step.
"""


class Value:
    """ stores a single scalar value and its gradient (micrograd/engine.py) """

    def __init__(self, data, _children=(), _op='', label=''):
        self.data = data
        self.grad = 0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op
        self.label = label

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        out = Value(self.data**other, (self,), f'**{other}')

        def _backward():
            self.grad += (other * self.data**(other - 1)) * out.grad
        out._backward = _backward
        return out

    def relu(self):
        out = Value(0 if self.data < 0 else self.data, (self,), 'ReLU')

        def _backward():
            self.grad += (out.data > 0) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo = []
        visited = set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)
        self.grad = 1
        for v in reversed(topo):
            v._backward()
        return topo

    def __neg__(self):
        return self * -1

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        return self * other**-1

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"


def lecture(a, b, c):
    a, b, c = Value(a, label='a'), Value(b, label='b'), Value(c, label='c')
    u = b * c
    u.label = 'u'
    v = a + u
    v.label = 'v'
    J = 3 * v
    J.label = 'J'
    return (a, b, c), (u, v, J)


def main():
    values = {'a': 5.0, 'b': 3.0, 'c': 2.0}
    inputs, computed = lecture(**values)
    J = computed[-1]
    print(f"J = {J.data:g}\n")
    print(f"Forward pass ({len(computed)} steps)")
    for i, node in enumerate(computed, 1):
        operands = ' '.join(f"{p.data:g}" for p in node._prev)
        print(f"  {i}/{len(computed)}  {node.label} = {node._op} {operands} = {node.data:g}")
    topo = J.backward()
    ordered = [n for n in reversed(topo) if n.label]
    print(f"\nBackward pass ({len(ordered)} steps)")
    for i, node in enumerate(ordered, 1):
        print(f"  {i}/{len(ordered)}  d{node.label} = {node.grad:g}")
    h = 0.001
    print(f"\nNudge check, h = {h:g}")
    for node in inputs:
        nudged = dict(values)
        nudged[node.label] += h
        plus = lecture(**nudged)[1][-1].data
        nudged[node.label] -= 2 * h
        minus = lecture(**nudged)[1][-1].data
        forward = (plus - J.data) / h
        central = (plus - minus) / (2 * h)
        error = abs(central - node.grad) / max(abs(central), abs(node.grad), 1e-300)
        print(f"  {node.label}  {node.data:g}  {J.data:g}  {plus:g}  {forward:g}  {central:g}  {node.grad:g}  {error:.1e}")


if __name__ == '__main__':
    main()

"""Reinforcement learning, live: an agent learns to cross a frozen lake from rewards alone.

Gymnasium's FrozenLake: walk from S to G without falling into a hole H. The only feedback is
a reward of 1 on reaching the goal (0 everywhere else). Tabular Q-learning keeps a table of
"how much future reward do I expect if I take action a on tile s" and nudges one entry after
every move towards ``reward + gamma * best value of the next tile``. Early on it explores at
random (epsilon-greedy, epsilon falling linearly from 1 to ``--epsilon-min``), later it mostly
exploits what it learned. On ``--slippery`` ice a move goes the intended way only a third of
the time, so even the best policy sometimes falls in.

Deterministic for a seed: the environment is seeded once on its first reset (training) and
once for evaluation, and every random choice of the agent comes from one numpy Generator.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from tutor.demos import REGISTRY
from tutor.demos.base import (
    Demo,
    DemoResult,
    Knob,
    LinePlot,
    Param,
    PolicyGrid,
    Preset,
    Progress,
    RunContext,
    Visual,
)

LESSON = "reinforcement-learning"
ARROWS = "<v>^"  # FrozenLake actions: 0 left, 1 down, 2 right, 3 up
UPDATES = 60  # progress events over a training run
WATCH_PAUSE = 0.04  # seconds per progress event when someone watches
CURVE_POINTS = 200  # points kept of the reward curve


class RLDemo(Demo):
    name = "rl"
    summary = REGISTRY["rl"].summary  # one wording, shared with --list
    lesson = LESSON
    params = (
        Param("size", int, 4, "lake size: 4 (4x4) or 8 (8x8)", choices=(4, 8)),
        Param("slippery", bool, False, "slippery ice: moves go sideways two times in three"),
        Param("episodes", int, 4000, "training episodes (walks from start to an end)", 10, 50000),
        Param("alpha", float, 0.1, "learning rate of the Q-table updates", 0.001, 1.0),
        Param("gamma", float, 0.99, "discount: how much future rewards count", 0.0, 1.0),
        Param("epsilon", float, 1.0, "exploration rate at the start: the share of moves "
              "made at random", 0.0, 1.0),
        Param("epsilon_min", float, 0.05, "exploration left after the decay", 0.0, 1.0),
        Param("explore", float, 0.5, "share of episodes over which epsilon falls to its minimum",
              0.01, 1.0),
        Param("ties", str, "random", "how the agent picks among equally valued moves: at random, "
              "or always the first (left)", choices=("random", "first")),
        Param("eval_episodes", int, 1000, "greedy episodes used to measure success", 1, 20000),
    )
    unit = "episode"
    knobs = (Knob("epsilon_min", step=0.05, low=0.0, high=1.0),
             Knob("alpha", factor=2.0, low=0.001, high=1.0))
    headline = ("success_rate", "first_success_episode", "train_success_last_10pct",
                "mean_steps_to_goal")
    compare_notes: ClassVar[dict[str, tuple[str, str]]] = {
        "epsilon": ("Epsilon is the exploration rate: the share of moves the agent makes at "
                    "random to find out what they bring, instead of exploiting what it already "
                    "believes. Without it, an agent that has never been rewarded has nothing to "
                    "prefer and never finds the goal.",
                    "reinforcement-learning#exploration-versus-exploitation"),
        "epsilon_min": ("Exploration left at the end keeps the agent trying moves it does not "
                        "rate yet; more of it finds better paths but wastes more walks.",
                        "reinforcement-learning#exploration-versus-exploitation"),
        "alpha": ("Alpha is how far one reward moves the Q-table: too small and the value of the "
                  "goal creeps back to the start slowly, too large and each lucky or unlucky "
                  "walk overwrites what was learned.",
                  "reinforcement-learning#q-learning-in-the-frozenlake-grid-world"),
        "ties": ("Breaking ties at random is exploration in disguise: before any reward every "
                 "move looks equally good, and an agent that always takes the first of them "
                 "repeats the same walk forever, while one that picks at random stumbles onto "
                 "the goal.", "reinforcement-learning#exploration-versus-exploitation"),
        "slippery": ("On slippery ice the same move has random outcomes, so the agent must learn "
                     "expected rewards, not one fixed path.",
                     "reinforcement-learning#q-learning-in-the-frozenlake-grid-world"),
    }
    presets = (
        Preset(
            "no-explore", {"epsilon": 0.0, "epsilon_min": 0.0, "ties": "first"},
            "an agent that never explores: it repeats its first guess and never finds the goal",
            "reinforcement-learning#exploration-versus-exploitation",
            "with epsilon 0 the agent only ever exploits. Before its first reward every move "
            "looks equally worthless, so it always takes the same one, bumps into the edge of "
            "the lake and learns nothing: it reached the goal in {train_success_last_10pct:.0%} "
            "of its last training walks and {success_rate:.0%} of the test walks. Exploration is "
            "how an agent discovers rewards it does not know about yet.",
            lambda m: m["success_rate"] == 0.0 and m["first_success_episode"] == 0.0,
            {"episodes": 300, "eval_episodes": 50},
        ),
    )

    def _run(self, params: dict[str, Any], ctx: RunContext) -> DemoResult:
        import gymnasium as gym

        seed, episodes = params["seed"], params["episodes"]
        env = gym.make(
            "FrozenLake-v1", is_slippery=params["slippery"],
            map_name=f"{params['size']}x{params['size']}", disable_env_checker=True,
        )
        tiles = [b"".join(row).decode() for row in env.unwrapped.desc.tolist()]
        rng = np.random.default_rng(seed)
        table = [[0.0] * env.action_space.n for _ in range(env.observation_space.n)]
        visited = np.zeros(env.observation_space.n, dtype=bool)
        rewards = np.zeros(episodes)
        epsilons = np.zeros(episodes)
        decay = max(1, int(episodes * params["explore"]))
        every = max(1, episodes // UPDATES)
        first_success: int | None = None

        env.reset(seed=seed)  # seeds the environment's RNG; later resets continue from it
        live = {"epsilon_min": params["epsilon_min"], "alpha": params["alpha"]}
        for episode in range(episodes):
            live.update(ctx.unit(episode + 1))  # knobs the learner turned apply from here on
            epsilon = max(live["epsilon_min"], params["epsilon"] * (1.0 - episode / decay))
            epsilons[episode] = epsilon
            rewards[episode] = _episode(env, table, visited, rng, epsilon,
                                        {**params, "alpha": live["alpha"]})
            if rewards[episode] > 0 and first_success is None:
                first_success = episode + 1
            if (episode + 1) % every == 0 or episode + 1 == episodes:
                done = episode + 1
                window = _window(done)
                recent = float(rewards[max(0, done - window):done].mean())
                ctx.report(Progress(
                    done, episodes + 1,
                    f"episode {done}/{episodes}: reached the goal in {recent:.0%} of the last "
                    f"{window} (epsilon {epsilon:.2f})",
                    visuals=[_reward_plot(rewards[:done], epsilons[:done]),
                             _policy(tiles, np.array(table), visited, "Policy so far")],
                ))
                ctx.pause(WATCH_PAUSE)

        q = np.array(table)
        ctx.report(Progress(episodes, episodes + 1,
                            f"testing the greedy policy on {params['eval_episodes']} walks"),
                   force=True)
        success, steps = _evaluate(env, q, params["eval_episodes"], seed + 1, ctx, episodes + 1)
        env.close()
        ctx.report(Progress(episodes + 1, episodes + 1, "done"), force=True)

        tenth = max(1, episodes // 10)
        metrics = {
            "success_rate": success,
            "train_success_first_10pct": float(rewards[:tenth].mean()),
            "train_success_last_10pct": float(rewards[-tenth:].mean()),
            "first_success_episode": float(first_success or 0),
            "mean_steps_to_goal": steps,
            "start_value": float(q[0].max()),
        }
        visuals: list[Visual] = [
            _policy(tiles, q, visited,
                    f"Learned policy: greedy success {success:.0%}"),
            _reward_plot(rewards, epsilons),
        ]
        return DemoResult(self.name, params, metrics, 0.0, visuals,
                          _explain(params, metrics), self.lesson, _question(params))


# ---------------------------------------------------------------------- learning


def _episode(env: Any, q: list[list[float]], visited: np.ndarray, rng: np.random.Generator,
             epsilon: float, params: dict[str, Any]) -> float:
    """One walk with epsilon-greedy moves and a Q-learning update after each step.

    The table is plain Python lists while training: for rows of four numbers that is several
    times faster than numpy indexing, and the environment's own step is the other half.
    """
    alpha, gamma = params["alpha"], params["gamma"]
    actions = len(q[0])
    state, _ = env.reset()
    while True:
        visited[state] = True
        row = q[state]
        if rng.random() < epsilon:
            action = int(rng.integers(actions))
        elif params["ties"] == "first":
            action = row.index(max(row))
        else:
            action = _greedy(row, rng)
        nxt, reward, terminated, truncated, _ = env.step(action)
        # Q-learning: move Q(s,a) towards the reward plus the discounted best next value.
        target = reward + (0.0 if terminated else gamma * max(q[nxt]))
        row[action] += alpha * (target - row[action])
        state = nxt
        if terminated or truncated:
            return float(reward)


def _greedy(row: list[float], rng: np.random.Generator) -> int:
    """The best action, ties broken at random (an untrained row is all ties)."""
    top = max(row)
    best = [a for a, v in enumerate(row) if v == top]
    return best[0] if len(best) == 1 else best[int(rng.integers(len(best)))]


def _evaluate(env: Any, q: np.ndarray, count: int, seed: int, ctx: RunContext,
              total: int) -> tuple[float, float]:
    """Share of greedy episodes that reach the goal, and their mean length."""
    policy = q.argmax(axis=1)
    wins, steps_to_goal = 0, []
    env.reset(seed=seed)
    for done in range(count):
        ctx.check()
        if done and done % 100 == 0:
            ctx.report(Progress(total - 1, total, f"testing the greedy policy: {done}/{count} "
                                f"walks, {wins / done:.0%} reached the goal"))
        state, _ = env.reset()
        for steps in range(1, 10_000):  # noqa: B007 - read after the loop: the walk's length
            state, reward, terminated, truncated, _ = env.step(int(policy[state]))
            if terminated or truncated:
                break
        if reward > 0:
            wins += 1
            steps_to_goal.append(steps)
    return wins / count, float(np.mean(steps_to_goal)) if steps_to_goal else 0.0


# ---------------------------------------------------------------------- visuals


def _window(done: int) -> int:
    return max(1, min(100, done // 5 or 1))


def _reward_plot(rewards: np.ndarray, epsilons: np.ndarray) -> LinePlot:
    """Moving-average success while training, and epsilon, thinned to CURVE_POINTS."""
    n = len(rewards)
    window = _window(n)
    sums = np.cumsum(np.insert(rewards, 0, 0.0))
    starts = np.maximum(0, np.arange(1, n + 1) - window)
    moving = (sums[1:] - sums[starts]) / (np.arange(1, n + 1) - starts)
    idx = np.unique(np.linspace(0, n - 1, min(n, CURVE_POINTS)).round().astype(int))
    return LinePlot(
        f"Training: success (average of {window} episodes), exploration",
        {"success": moving[idx].round(4).tolist(), "epsilon": epsilons[idx].round(4).tolist()},
        x=[float(i + 1) for i in idx], xlabel="episode", ylabel="share",
    )


def _policy(tiles: list[str], q: np.ndarray, visited: np.ndarray, title: str) -> PolicyGrid:
    size = len(tiles)
    arrows, values = [], []
    for r in range(size):
        row_arrows, row_values = "", []
        for c in range(size):
            s = r * size + c
            if tiles[r][c] in "HG":
                row_arrows += " "
            elif not visited[s] or not np.any(q[s]):
                row_arrows += "."
            else:
                row_arrows += ARROWS[int(q[s].argmax())]
            row_values.append(round(float(q[s].max()), 4))
        arrows.append(row_arrows)
        values.append(row_values)
    return PolicyGrid(title, tiles, arrows, values)


# ---------------------------------------------------------------------- words


def _explain(params: dict[str, Any], m: dict[str, float]) -> str:
    size = params["size"]
    lake = f"{size}x{size} {'slippery' if params['slippery'] else 'non-slippery'} lake"
    if m["first_success_episode"]:
        found = f"It first stumbled onto the goal in episode {int(m['first_success_episode'])}"
    else:
        found = "It never reached the goal while training, so it had nothing to learn from"
    text = (
        f"This was reinforcement learning: nobody showed the agent the way across the {lake}; "
        f"it only received a reward of 1 when it reached the goal. {found}, and each reward "
        f"then flowed backwards through its Q-table, which is why tiles near the goal look "
        f"brighter. Its success while training rose from {m['train_success_first_10pct']:.0%} "
        f"in the first tenth of the {params['episodes']} episodes, when it moved mostly at "
        f"random to explore, to {m['train_success_last_10pct']:.0%} in the last tenth. "
        f"Following its arrows greedily, it reached the goal in {m['success_rate']:.0%} of "
        f"{params['eval_episodes']} test walks"
    )
    if params["slippery"]:
        text += (", less than 100% because the ice sends a move sideways two times in three, "
                 "so the best plan steers away from holes rather than straight at the goal.")
    else:
        text += (f", in {m['mean_steps_to_goal']:.0f} moves each." if m["success_rate"] else
                 "; try more --episodes or a larger --alpha.")
    return text


def _question(params: dict[str, Any]) -> str:
    if params["slippery"]:
        return ("On slippery ice some arrows point away from the goal. Why would a good policy "
                "choose them, and why can success never reach 100% here?")
    return ("The agent was only ever rewarded at the goal. How did tiles far from the goal "
            "get a value, and why did it need to move at random at first?")


DEMO = RLDemo()
